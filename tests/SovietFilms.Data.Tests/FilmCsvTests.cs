using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

public sealed class FilmCsvTests
{
    private static string Write(FilmCatalog catalog)
    {
        var writer = new StringWriter();
        FilmCsv.Write(catalog.Films, writer);
        return writer.ToString();
    }

    private static FilmCatalog Read(string csv) => FilmCsv.Read(new StringReader(csv));

    private static CatalogFormatException ReadFails(string csv)
    {
        var act = () => Read(csv);
        return act.Should().Throw<CatalogFormatException>().Which;
    }

    [Fact]
    public void The_header_is_the_documented_one_and_each_film_is_a_row()
    {
        var csv = Write(FilmCatalog.Default);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be(string.Join(",", FilmCsvColumns.Header));
        FilmCsv.Read(new StringReader(csv)).Films.Should().HaveCount(FilmCatalog.Default.Films.Count);
    }

    [Fact]
    public void Cells_are_quoted_per_rfc_4180_and_lists_joined_with_the_documented_separator()
    {
        var csv = Write(FilmCatalog.Default.Subset([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]));
        var row = csv.Split("\r\n")[1];

        row.Should().StartWith("tchaikovsky-1970,1970,Tchaikovsky,Чайковский,,feature,SU,Mosfilm,Igor Talankin,");
        row.Should().Contain("Innokenty Smoktunovsky (Pyotr Tchaikovsky); Antonina Shuranova (Nadezhda von Meck)");
        row.Should().Contain("Pyotr Ilyich Tchaikovsky [tchaikovsky] (subject); Pyotr Ilyich Tchaikovsky [tchaikovsky] (music); Dimitri Tiomkin [tiomkin] (score)");
        row.Should().Contain("Piano Concerto No. 1 [tchaikovsky-piano-concerto-no-1] by Pyotr Ilyich Tchaikovsky [tchaikovsky]");
        row.Should().Contain(",Tchaikovsky (1969),corrected,").And.Contain(",tt0065127,https://en.wikipedia.org/wiki/Tchaikovsky_(film); ");
        csv.Should().Contain("\"", "cells with commas are quoted");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTabbed")]
    [InlineData("\rReturn")]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_escaped_and_read_back_as_written(string title)
    {
        var catalog = new TestCatalog().Composer("c", "A Composer").Film("f-1960", title, 1960, credits: ["c:score"]).Load();

        var csv = Write(catalog);

        csv.Split("\r\n")[1].Should().Contain("\"'" + title[0], "the cell starts with an apostrophe, quoted");
        Read(csv).GetFilm("f-1960").Title.Should().Be(title);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_survive_a_round_trip()
    {
        var catalog = new TestCatalog().Composer("c", "A Composer").Film("f-1960", "One, \"Two\"\nThree", 1960).Load();

        Read(Write(catalog)).GetFilm("f-1960").Title.Should().Be("One, \"Two\"\nThree");
    }

    [Fact]
    public void The_default_catalogue_round_trips_through_csv()
    {
        var csv = Write(FilmCatalog.Default);
        var read = Read(csv);

        Write(read).Should().Be(csv);
        read.Films.Select(f => f.Id).Should().Equal(FilmCatalog.Default.Films.Select(f => f.Id));
        var tchaikovsky = read.GetFilm("tchaikovsky-1970");
        tchaikovsky.Composers.Select(c => (c.Composer.Id, c.Role)).Should().Equal(FilmCatalog.Default.GetFilm("tchaikovsky-1970").Composers.Select(c => (c.Composer.Id, c.Role)));
        tchaikovsky.Cast.Select(c => c.ToString()).Should().Equal(FilmCatalog.Default.GetFilm("tchaikovsky-1970").Cast.Select(c => c.ToString()));
        read.GetComposer("Pyotr Ilyich Tchaikovsky").Sources.Should().NotBeEmpty("a composer's sources are those of the films that credit it");
        read.DataVersion.Should().Be("csv");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Generated_catalogues_round_trip_through_csv(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 15; i++)
        {
            var csv = Write(QueryOracleTests.GenerateCatalog(random));
            Write(Read(csv)).Should().Be(csv);
        }
    }

    [Fact]
    public void A_bad_value_is_reported_by_row_column_and_value()
    {
        var csv = Write(FilmCatalog.Default.Subset(FilmCatalog.Default.Query().ReleasedIn(1970)));
        var bad = csv.Replace("tchaikovsky-1970,1970,", "tchaikovsky-1970,19x7,", StringComparison.Ordinal)
            .Replace("biography", "biopic", StringComparison.Ordinal);

        var problems = ReadFails(bad).Problems;

        problems.Should().Contain(p => p.StartsWith("row ", StringComparison.Ordinal) && p.Contains("(film \"tchaikovsky-1970\"), column year: expected a whole number") && p.EndsWith("found the string \"19x7\"", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains(", column themes, item 1: expected one of biography,") && p.EndsWith("found the string \"biopic\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_composer_cell_names_its_row_and_the_expected_form()
    {
        var csv = Write(FilmCatalog.Default.Subset([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]))
            .Replace("Dimitri Tiomkin [tiomkin] (score)", "Dimitri Tiomkin", StringComparison.Ordinal);

        ReadFails(csv).Problems.Should().Contain("row 2, column composers: expected \"Name [id] (role)\", found \"Dimitri Tiomkin\"");
    }

    [Fact]
    public void A_different_header_is_rejected_naming_what_was_expected()
    {
        var csv = "id,title\r\nx,y\r\n";
        ReadFails(csv).Problems.Should().ContainSingle().Which.Should().StartWith("row 1: expected the header id,year,title,").And.EndWith("found id,title");
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        ReadFails("").Problems.Should().ContainSingle().Which.Should().Contain("found nothing");
    }

    [Fact]
    public void Malformed_csv_names_the_line()
    {
        var csv = string.Join(",", FilmCsvColumns.Header) + "\r\n\"unclosed,1970\r\n";
        ReadFails(csv).Problems.Should().ContainSingle().Which.Should().StartWith("line ").And.Contain("not valid CSV");
    }

    [Fact]
    public void Arguments_are_checked()
    {
        ((Action)(() => FilmCsv.Read(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        ((Action)(() => FilmCsv.Write(null!, new StringWriter()))).Should().Throw<ArgumentNullException>().WithParameterName("films");
        ((Action)(() => FilmCsv.Write([], null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => FilmCsv.Write([null!], new StringWriter()))).Should().Throw<ArgumentNullException>().WithParameterName("films");
    }
}
