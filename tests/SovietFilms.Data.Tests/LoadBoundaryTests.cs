using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using static SovietFilms.Data.Tests.TestCatalog;

namespace SovietFilms.Data.Tests;

/// <summary>Each bound of a load, on both sides of its edge, and streams that cannot say their length.</summary>
public sealed class LoadBoundaryTests
{
    private static readonly byte[] SampleBytes = Encoding.UTF8.GetBytes(Sample().ToJson().ToJsonString());

    private static FilmCatalog Load(JsonObject catalog, CatalogLoadOptions? options = null) => LoadJson(catalog.ToJsonString(), options);

    private static CatalogFormatException LoadFails(JsonObject catalog, CatalogLoadOptions? options = null) => LoadFails(() => Load(catalog, options));

    private static CatalogFormatException LoadFails(Stream stream, CatalogLoadOptions options) => LoadFails(() => FilmCatalog.Load(stream, options));

    private static CatalogFormatException LoadFails(Func<FilmCatalog> load) => load.Should().Throw<CatalogFormatException>().Which;

    [Fact]
    public void A_stream_that_cannot_seek_loads_like_one_that_can()
    {
        using var stream = ForwardOnlyStream.Of(SampleBytes);

        FilmCatalog.Load(stream).Films.Select(f => f.Id).Should().Equal(Sample().Load().Films.Select(f => f.Id));
    }

    [Fact]
    public void A_catalogue_of_exactly_the_byte_limit_loads_and_one_byte_less_refuses_it()
    {
        var exact = new CatalogLoadOptions(maxBytes: SampleBytes.Length);
        FilmCatalog.Load(new MemoryStream(SampleBytes), exact).Films.Should().HaveCount(9);
        FilmCatalog.Load(ForwardOnlyStream.Of(SampleBytes), exact).Films.Should().HaveCount(9);

        var tooSmall = new CatalogLoadOptions(maxBytes: SampleBytes.Length - 1);
        var expected = $"$: the catalogue is larger than the limit of {SampleBytes.Length - 1} bytes";
        LoadFails(new MemoryStream(SampleBytes), tooSmall).ProblemTexts().Should().ContainSingle().Which.Should().Be(expected);
        LoadFails(ForwardOnlyStream.Of(SampleBytes), tooSmall).ProblemTexts().Should().ContainSingle().Which.Should().Be(expected);
    }

    [Fact]
    public void Only_the_bytes_from_the_streams_position_count_towards_the_limit()
    {
        var padded = new byte[100].Concat(SampleBytes).ToArray();
        using var stream = new MemoryStream(padded) { Position = 100 };

        FilmCatalog.Load(stream, new CatalogLoadOptions(maxBytes: SampleBytes.Length)).Films.Should().HaveCount(9);
    }

    [Fact]
    public void A_string_of_exactly_the_length_limit_loads_and_one_longer_does_not()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["summary"] = new string('x', 100);
        var options = new CatalogLoadOptions(maxStringLength: 100);

        Load(catalog, options).GetFilm("swan-lake-1957").Summary.Should().HaveLength(100);

        FirstFilm(catalog)["summary"] = new string('x', 101);
        LoadFails(catalog, options).ProblemTexts().Should().ContainSingle()
            .Which.Should().Be("$.films[0] (film \"swan-lake-1957\").summary: expected at most 100 characters, found 101");
    }

    [Fact]
    public void A_list_of_exactly_the_length_limit_loads_and_one_longer_does_not()
    {
        var catalog = SwanLake();
        catalog["format"] = 1;
        FirstFilm(catalog)["studios"] = new JsonArray("Mosfilm", "Lenfilm", "Sverdlovsk");
        var options = new CatalogLoadOptions(maxListLength: 3);

        Load(catalog, options).GetFilm("swan-lake-1957").Studios.Select(s => s.Name).Should().Equal("Mosfilm", "Lenfilm", "Sverdlovsk");

        FirstFilm(catalog)["studios"]!.AsArray().Add("Gorky");
        LoadFails(catalog, options).ProblemTexts().Should().ContainSingle()
            .Which.Should().Be("$.films[0] (film \"swan-lake-1957\").studios: expected at most 3 items, found 4");
    }

    [Fact]
    public void Problems_from_many_entries_stop_at_the_limit_and_say_there_are_more()
    {
        var catalog = SwanLake();
        var films = catalog["films"]!.AsArray();
        for (var i = 1; i < 300; i++)
        {
            var copy = FirstFilm(catalog).DeepClone().AsObject();
            copy["id"] = $"film-{i}";
            copy["year"] = 1000;
            films.Add(copy);
        }

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().HaveCount(201);
        problems[0].Should().StartWith("$.films[1] (film \"film-1\").year: expected a whole number from 1888");
        problems[199].Should().StartWith("$.films[200] (film \"film-200\").year:");
        problems[^1].Should().Be("(more problems were found; fix these first)");
    }

    [Fact]
    public void A_film_announced_for_next_year_loads_and_one_for_the_year_after_does_not()
    {
        var nextYear = DateTime.UtcNow.Year + 1;
        var catalog = SwanLake();
        FirstFilm(catalog)["year"] = nextYear;

        Load(catalog).GetFilm("swan-lake-1957").Year.Should().Be(nextYear);

        FirstFilm(catalog)["year"] = nextYear + 1;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle()
            .Which.Should().Be($"$.films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to {nextYear}, found {nextYear + 1}");
    }

    [Fact]
    public void An_id_of_100_characters_loads_and_one_of_101_does_not()
    {
        var catalog = SwanLake();
        catalog["selections"] = new JsonArray();
        var id = new string('a', 99) + "1";
        FirstFilm(catalog)["id"] = id;

        Load(catalog).GetFilm(id).Title.Should().Be("Swan Lake");

        FirstFilm(catalog)["id"] = id + "2";
        LoadFails(catalog).ProblemTexts().Should().ContainSingle()
            .Which.Should().StartWith("$.films[0].id: expected an id of lowercase letters");
    }

    [Fact]
    public void A_wrong_value_is_quoted_whole_up_to_40_characters_and_cut_after()
    {
        var forty = new string('x', 40);
        var catalog = SwanLake();
        FirstFilm(catalog)["year"] = forty;
        FirstFilm(catalog)["runtimeMinutes"] = forty + "y";

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain(p => p.EndsWith($".year: expected a whole number from 1888 to {DateTime.UtcNow.Year + 1}, found the string \"{forty}\"", StringComparison.Ordinal));
        problems.Should().Contain($"$.films[0] (film \"swan-lake-1957\").runtimeMinutes: expected a whole number from 1 to 10000, found the string \"{forty}...\"");
    }

    /// <remarks>The ids that are refused, at and past both ends, are in <see cref="LoadErrorTests"/>.</remarks>
    [Theory]
    [InlineData("tt0065127")]
    [InlineData("tt1234567890")]
    public void Imdb_ids_of_seven_to_ten_digits_load(string id)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["imdbId"] = id;
        Load(catalog).GetFilm("swan-lake-1957").ImdbId.Should().Be(id);
    }
}
