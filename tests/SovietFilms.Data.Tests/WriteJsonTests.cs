using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SovietFilms.Data.Tests;

public sealed class WriteJsonTests
{
    private static string Write(FilmCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Writing_the_default_catalogue_reproduces_every_entry_of_the_data_file()
    {
        var original = JsonNode.Parse(RepositoryFiles.Read("data/catalog.json"))!.AsObject();
        var written = JsonNode.Parse(Write(FilmCatalog.Default))!.AsObject();

        foreach (var section in new[] { "composers", "works", "films", "selections" })
        {
            var byId = written[section]!.AsArray().ToDictionary(e => (string)e!["id"]!);
            var expected = original[section]!.AsArray();
            byId.Should().HaveCount(expected.Count, section);
            foreach (var entry in expected)
            {
                var id = (string)entry!["id"]!;
                JsonNode.DeepEquals(entry, byId[id]).Should().BeTrue($"{section} entry {id} must be written as the data file has it:\n{byId[id]}");
            }
        }

        written["dataVersion"]!.GetValue<string>().Should().Be(original["dataVersion"]!.GetValue<string>());
    }

    [Fact]
    public void What_is_written_loads_back_into_a_catalogue_that_writes_the_same()
    {
        var first = Write(FilmCatalog.Default);
        var reloaded = TestCatalog.LoadJson(first);

        Write(reloaded).Should().Be(first);
        CatalogSnapshotTests.Render(reloaded).Should().Be(CatalogSnapshotTests.Render(FilmCatalog.Default));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Generated_catalogues_round_trip(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20; i++)
        {
            var catalog = QueryOracleTests.GenerateCatalog(random);
            var json = Write(catalog);
            Write(TestCatalog.LoadJson(json)).Should().Be(json);
        }
    }

    [Fact]
    public void Non_ascii_text_is_written_readably_and_the_output_is_valid_utf8()
    {
        var json = Write(FilmCatalog.Default);
        json.Should().Contain("\"Чайковский\"").And.Contain("Beethoven – Days in a Life");
    }

    [Fact]
    public void WriteJson_checks_its_argument()
    {
        ((Action)(() => FilmCatalog.Default.WriteJson(null!))).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        ((Action)(() => FilmCatalog.Default.WriteJson(new MemoryStream([], writable: false)))).Should().Throw<ArgumentException>().WithParameterName("stream");
    }

    [Fact]
    public void A_subset_holds_its_films_and_what_they_reference()
    {
        var subset = FilmCatalog.Default.Subset(FilmCatalog.Default.Query().WithComposer("Tchaikovsky", ComposerRole.Subject));

        subset.Films.Select(f => f.Id).Should().Equal("tchaikovsky-1970");
        subset.Composers.Select(c => c.Id).Should().BeEquivalentTo("tchaikovsky", "tiomkin");
        subset.Works.Should().OnlyContain(w => w.Composer.Id == "tchaikovsky");
        subset.Selections.Should().ContainSingle().Which.Films.Select(f => f.Id).Should().Equal("tchaikovsky-1970");
        subset.DataVersion.Should().Be(FilmCatalog.Default.DataVersion);
        TestCatalog.LoadJson(Write(subset)).Films.Should().ContainSingle();
    }

    [Fact]
    public void Subset_refuses_films_of_another_catalogue_and_null()
    {
        var other = TestCatalog.Sample().Load().Films[0];

        ((Action)(() => FilmCatalog.Default.Subset([other]))).Should().Throw<ArgumentException>().WithParameterName("films").Which.Message.Should().Contain(other.Id);
        ((Action)(() => FilmCatalog.Default.Subset(null!))).Should().Throw<ArgumentNullException>().WithParameterName("films");
        ((Action)(() => FilmCatalog.Default.Subset([null!]))).Should().Throw<ArgumentNullException>().WithParameterName("films");
    }

    [Fact]
    public void An_empty_subset_is_an_empty_catalogue_that_still_loads()
    {
        var empty = FilmCatalog.Default.Subset([]);

        empty.Films.Should().BeEmpty();
        empty.Composers.Should().BeEmpty();
        empty.Selections.Should().BeEmpty();
        TestCatalog.LoadJson(Write(empty)).Films.Should().BeEmpty();
    }
}
