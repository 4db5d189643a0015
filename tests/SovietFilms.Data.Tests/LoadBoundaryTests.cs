using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SovietFilms.Data.Tests;

/// <summary>Each bound of a load, on both sides of its edge, and streams that cannot say their length.</summary>
public sealed class LoadBoundaryTests
{
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(TestCatalog.Sample().ToJson().ToJsonString());

    private static JsonObject Valid() => new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky")
        .Film("swan-lake-1957", "Swan Lake", 1957, ["ballet"], ["tchaikovsky:music"])
        .ToJson();

    private static JsonObject Film(JsonObject catalog) => catalog["films"]![0]!.AsObject();

    private static FilmCatalog Load(JsonObject catalog, CatalogLoadOptions? options = null) =>
        FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(catalog.ToJsonString())), options ?? CatalogLoadOptions.Default);

    private static CatalogFormatException LoadFails(Stream stream, CatalogLoadOptions options)
    {
        var act = () => FilmCatalog.Load(stream, options);
        return act.Should().Throw<CatalogFormatException>().Which;
    }

    [Fact]
    public void A_stream_that_cannot_seek_loads_like_one_that_can()
    {
        using var stream = new ForwardOnlyStream(Sample);

        FilmCatalog.Load(stream).Films.Select(f => f.Id).Should().Equal(TestCatalog.Sample().Load().Films.Select(f => f.Id));
    }

    [Fact]
    public void A_catalogue_of_exactly_the_byte_limit_loads_and_one_byte_less_refuses_it()
    {
        FilmCatalog.Load(new MemoryStream(Sample), new CatalogLoadOptions { MaxBytes = Sample.Length }).Films.Should().HaveCount(9);
        FilmCatalog.Load(new ForwardOnlyStream(Sample), new CatalogLoadOptions { MaxBytes = Sample.Length }).Films.Should().HaveCount(9);

        var tooSmall = new CatalogLoadOptions { MaxBytes = Sample.Length - 1 };
        var expected = $"$: the catalogue is larger than the limit of {Sample.Length - 1} bytes";
        LoadFails(new MemoryStream(Sample), tooSmall).Problems.Should().ContainSingle().Which.Should().Be(expected);
        LoadFails(new ForwardOnlyStream(Sample), tooSmall).Problems.Should().ContainSingle().Which.Should().Be(expected);
    }

    [Fact]
    public void Only_the_bytes_from_the_streams_position_count_towards_the_limit()
    {
        var padded = new byte[100].Concat(Sample).ToArray();
        using var stream = new MemoryStream(padded) { Position = 100 };

        FilmCatalog.Load(stream, new CatalogLoadOptions { MaxBytes = Sample.Length }).Films.Should().HaveCount(9);
    }

    [Fact]
    public void A_string_of_exactly_the_length_limit_loads_and_one_longer_does_not()
    {
        var catalog = Valid();
        Film(catalog)["summary"] = new string('x', 100);
        var options = new CatalogLoadOptions { MaxStringLength = 100 };

        Load(catalog, options).GetFilm("swan-lake-1957").Summary.Should().HaveLength(100);

        Film(catalog)["summary"] = new string('x', 101);
        var act = () => Load(catalog, options);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be("$.films[0] (film \"swan-lake-1957\").summary: expected at most 100 characters, found 101");
    }

    [Fact]
    public void A_list_of_exactly_the_length_limit_loads_and_one_longer_does_not()
    {
        var catalog = Valid();
        Film(catalog)["studios"] = new JsonArray("Mosfilm", "Lenfilm", "Sverdlovsk");
        var options = new CatalogLoadOptions { MaxListLength = 3 };

        Load(catalog, options).GetFilm("swan-lake-1957").Studios.Should().Equal("Mosfilm", "Lenfilm", "Sverdlovsk");

        Film(catalog)["studios"]!.AsArray().Add("Gorky");
        var act = () => Load(catalog, options);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be("$.films[0] (film \"swan-lake-1957\").studios: expected at most 3 items, found 4");
    }

    [Fact]
    public void Problems_from_many_entries_stop_at_the_limit_and_say_there_are_more()
    {
        var catalog = Valid();
        var films = catalog["films"]!.AsArray();
        for (var i = 1; i < 300; i++)
        {
            var copy = Film(catalog).DeepClone().AsObject();
            copy["id"] = $"film-{i}";
            copy["year"] = 1000;
            films.Add(copy);
        }

        var act = () => Load(catalog);
        var problems = act.Should().Throw<CatalogFormatException>().Which.Problems;

        problems.Should().HaveCount(201);
        problems[0].Should().StartWith("$.films[1] (film \"film-1\").year: expected a whole number from 1888");
        problems[199].Should().StartWith("$.films[200] (film \"film-200\").year:");
        problems[^1].Should().Be("(more problems were found; fix these first)");
    }

    [Fact]
    public void A_film_announced_for_next_year_loads_and_one_for_the_year_after_does_not()
    {
        var nextYear = DateTime.UtcNow.Year + 1;
        var catalog = Valid();
        Film(catalog)["year"] = nextYear;

        Load(catalog).GetFilm("swan-lake-1957").Year.Should().Be(nextYear);

        Film(catalog)["year"] = nextYear + 1;
        var act = () => Load(catalog);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be($"$.films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to {nextYear}, found {nextYear + 1}");
    }

    [Fact]
    public void An_id_of_100_characters_loads_and_one_of_101_does_not()
    {
        var catalog = Valid();
        var id = new string('a', 99) + "1";
        Film(catalog)["id"] = id;

        Load(catalog).GetFilm(id).Title.Should().Be("Swan Lake");

        Film(catalog)["id"] = id + "2";
        var act = () => Load(catalog);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().StartWith("$.films[0].id: expected an id of lowercase letters");
    }

    [Fact]
    public void A_wrong_value_is_quoted_whole_up_to_40_characters_and_cut_after()
    {
        var forty = new string('x', 40);
        var catalog = Valid();
        Film(catalog)["year"] = forty;
        Film(catalog)["runtimeMinutes"] = forty + "y";

        var act = () => Load(catalog);
        var problems = act.Should().Throw<CatalogFormatException>().Which.Problems;

        problems.Should().Contain(p => p.EndsWith($".year: expected a whole number from 1888 to {DateTime.UtcNow.Year + 1}, found the string \"{forty}\"", StringComparison.Ordinal));
        problems.Should().Contain($"$.films[0] (film \"swan-lake-1957\").runtimeMinutes: expected a whole number from 1 to 10000, found the string \"{forty}...\"");
    }

    [Theory]
    [InlineData("tt0065127")]
    [InlineData("tt1234567890")]
    public void Imdb_ids_of_seven_to_ten_digits_load(string id)
    {
        var catalog = Valid();
        Film(catalog)["imdbId"] = id;
        Load(catalog).GetFilm("swan-lake-1957").ImdbId.Should().Be(id);
    }

    [Theory]
    [InlineData("tt006512")]
    [InlineData("tt12345678901")]
    [InlineData("nm0065127")]
    [InlineData("tt00651a7")]
    [InlineData("tt0065127/")]
    public void Other_imdb_ids_are_refused(string id)
    {
        var catalog = Valid();
        Film(catalog)["imdbId"] = id;
        var act = () => Load(catalog);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be($"$.films[0] (film \"swan-lake-1957\").imdbId: expected an IMDb title id such as \"tt0065127\", found \"{id}\"");
    }

    /// <summary>A stream that reads forward only, a few bytes at a time, as a network stream may.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(Math.Min(count, 7), bytes.Length - position);
            bytes.AsSpan(position, read).CopyTo(buffer.AsSpan(offset));
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
