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
    public void Cells_are_quoted_per_rfc_4180_and_lists_joined_with_the_documented_separators()
    {
        var csv = Write(FilmCatalog.Default.Subset([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]));
        var row = csv.Split("\r\n")[1];

        row.Should().StartWith("tchaikovsky-1970,Tchaikovsky,Чайковский,,1970,feature,SU,mosfilm | Mosfilm,igor-talankin | director | Igor Talankin |  | ; ");
        row.Should().Contain("; innokenty-smoktunovsky | actor | Innokenty Smoktunovsky | Pyotr Tchaikovsky | ; antonina-shuranova | actor | Antonina Shuranova | Nadezhda von Meck | ;");
        row.Should().Contain(",tchaikovsky | subject | Pyotr Ilyich Tchaikovsky; tchaikovsky | music | Pyotr Ilyich Tchaikovsky; tiomkin | score | Dimitri Tiomkin,");
        row.Should().Contain(",tchaikovsky-piano-concerto-no-1 | Piano Concerto No. 1 | tchaikovsky | Pyotr Ilyich Tchaikovsky;");
        row.Should().Contain(",Tchaikovsky (1969),").And.Contain(",corrected,").And.Contain(",tt0065127,https://en.wikipedia.org/wiki/Tchaikovsky_(film); ");
        csv.Should().Contain("\"", "cells with commas are quoted");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("＝HYPERLINK(\"http://x\")")]
    [InlineData("＋1")]
    [InlineData("－1")]
    [InlineData("＠SUM(A1)")]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_escaped_and_read_back_as_written(string title)
    {
        var catalog = new TestCatalog().Composer("c", "A Composer").Film("f-1960", title, 1960, credits: ["c:score"]).Load();

        var csv = Write(catalog);

        csv.Split("\r\n")[1].Should().Contain("\"'" + title[0], "the cell starts with an apostrophe, quoted");
        Read(csv).GetFilm("f-1960").Title.Should().Be(title);
    }

    [Theory]
    [InlineData(" =1+1", true)]
    [InlineData("\u00a0@SUM(A1)", true)]
    [InlineData("\u3000＝1", true)]
    [InlineData("  -2", true)]
    [InlineData("   ", false)]
    [InlineData("A = B", false)]
    [InlineData("", false)]
    public void Formulas_after_white_space_are_escaped_too(string cell, bool escaped)
    {
        SovietFilms.Data.Csv.FormulaEscape.Needed(cell).Should().Be(escaped);
        SovietFilms.Data.Csv.FormulaEscape.Unescape((escaped ? "'" : "") + cell).Should().Be(cell);
    }

    [Fact(Timeout = 300_000)]
    public async System.Threading.Tasks.Task A_CSV_larger_than_the_bound_is_refused_at_its_row_however_large_its_cell()
    {
        // A 100 MB cell peaked at 1.4 GB and was refused at "$"; a cell past 166,666,666 characters threw ArgumentException.
        var header = string.Join(",", FilmCsvColumns.Header) + "\r\n";
        using var reader = new EndlessCell(header + "tchaikovsky-1970,\"");

        var error = await System.Threading.Tasks.Task.Run(() =>
            ((Func<FilmCatalog>)(() => FilmCsv.Read(reader))).Should().Throw<CatalogFormatException>().Which);

        error.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = CatalogProblemKind.Bound, Place = "row 2", Row = (int?)2 }, o => o.ExcludingMissingMembers());
        error.Problems[0].Message.Should().Be("the CSV is larger than the limit of 67108864 characters");
    }

    [Fact]
    public void Commas_and_quotes_survive_a_round_trip()
    {
        var catalog = new TestCatalog().Composer("c", "A Composer").Film("f-1960", "One, \"Two\"; Three", 1960).Load();

        Read(Write(catalog)).GetFilm("f-1960").Title.Should().Be("One, \"Two\"; Three");
    }

    [Fact]
    public void A_line_break_in_a_cell_is_refused_at_its_row_and_column()
    {
        var csv = Write(new TestCatalog().Composer("c", "A Composer").Film("f-1960", "One", 1960).Load()).Replace(",One,", ",\"One\nTwo\",", StringComparison.Ordinal);

        var error = ((Func<FilmCatalog>)(() => Read(csv))).Should().Throw<CatalogFormatException>().Which;

        error.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "expected text without control characters, line separators, bidirectional overrides or unpaired surrogates, found U+000A at character 4");
        error.Problems[0].Row.Should().Be(2);
    }

    [Fact]
    public void The_default_catalogue_round_trips_through_csv_field_by_field()
    {
        var read = Read(Write(FilmCatalog.Default));

        CsvRoundTrip.Films(read).Should().Equal(CsvRoundTrip.Films(FilmCatalog.Default));
        read.GetComposer("Pyotr Ilyich Tchaikovsky").Sources.Should().NotBeEmpty("a composer's sources are those of the films that credit it");
        read.DataVersion.Should().Be("csv");
    }

    [Fact]
    public void Values_with_the_layout_s_own_separators_come_back_whole()
    {
        var catalog = new FilmCatalogBuilder("t.1")
            .Add(new ComposerEntry { Id = "c", Name = "A (B); C | D \\ E", Sources = ["https://example.org/c"] })
            .Add(new PersonEntry { Id = "leyla", Name = "Leyla Badirbeyli (Javanshirova)" })
            .Add(new PersonEntry { Id = "x", Name = "X; Y | Z" })
            .Add(new StudioEntry { Id = "a", Name = "A; B" })
            .Add(new StudioEntry { Id = "c", Name = "C | D \\ E" })
            .Add(new FilmEntry
            {
                Id = "f-1960",
                Title = "'=1",
                Year = 1960,
                Kind = FilmKind.Feature,
                Credits = [new PersonCreditEntry("leyla", PersonRole.Actor, "Gulchohra; the \"mother\""), new PersonCreditEntry("x", PersonRole.Narrator)],
                Composers = [new CreditEntry("c", ComposerRole.Score)],
                Studios = ["a", "c"],
                Summary = "'quoted'",
                Verification = VerificationStatus.Verified,
                Sources = ["https://example.org/f"],
            })
            .Build();

        var read = Read(Write(catalog));

        CsvRoundTrip.Films(read).Should().Equal(CsvRoundTrip.Films(catalog));
        read.GetFilm("f-1960").Credits[0].Character.Should().Be("Gulchohra; the \"mother\"");
        read.GetFilm("f-1960").Studios[1].Name.Should().Be("C | D \\ E");
        read.GetFilm("f-1960").Title.Should().Be("'=1");
    }

    [Fact]
    public void A_bad_value_is_reported_by_row_column_and_value()
    {
        var csv = Write(FilmCatalog.Default.Subset(FilmCatalog.Default.Query().ReleasedIn(1970)));
        var bad = csv.Replace("Чайковский,,1970,", "Чайковский,,19x7,", StringComparison.Ordinal)
            .Replace(",biography", ",biopic", StringComparison.Ordinal);

        var error = ReadFails(bad);

        error.ProblemTexts().Should().Contain(p => p.StartsWith("row ", StringComparison.Ordinal) && p.Contains("(film \"tchaikovsky-1970\"), column year: expected a whole number") && p.EndsWith("found the string \"19x7\"", StringComparison.Ordinal));
        error.ProblemTexts().Should().Contain(p => p.Contains(", column themes, item 1: expected one of biography,") && p.EndsWith("found the string \"biopic\"", StringComparison.Ordinal));
        var year = error.Problems.Single(p => p.Column == "year");
        (year.Kind, year.Field, year.EntryId, year.Path).Should().Be((CatalogProblemKind.WrongType, "year", "tchaikovsky-1970", (string?)null));
        year.Row.Should().BeGreaterThan(1);
    }

    [Fact]
    public void The_builder_s_problems_are_placed_by_row_and_column_too()
    {
        var csv = Write(FilmCatalog.Default.Subset([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]))
            .Replace(",1970,feature,", ",1850,feature,", StringComparison.Ordinal)
            .Replace("https://en.wikipedia.org/wiki/Tchaikovsky_(film)", "not a url", StringComparison.Ordinal);

        var problems = ReadFails(csv).Problems;

        problems.Should().Contain(p => p.ToString() == $"row 2 (film \"tchaikovsky-1970\"), column year: expected a whole number from 1888 to {DateTime.UtcNow.Year + 1}, found 1850");
        problems.Should().Contain(p => p.Row == 2 && p.Column == "sources" && p.Kind == CatalogProblemKind.InvalidValue && p.Place.EndsWith(", column sources, item 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_composer_cell_names_its_row_and_the_expected_form()
    {
        var csv = Write(FilmCatalog.Default.Subset([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]))
            .Replace("tiomkin | score | Dimitri Tiomkin", "Dimitri Tiomkin", StringComparison.Ordinal);

        ReadFails(csv).ProblemTexts().Should().Contain("row 2 (film \"tchaikovsky-1970\"), column composers, item 3: expected \"id | role | name\", found \"Dimitri Tiomkin\"");
    }

    [Fact]
    public void A_different_header_is_rejected_naming_what_was_expected()
    {
        var csv = "id,title\r\nx,y\r\n";
        ReadFails(csv).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("row 1: expected the header id,title,original_title,").And.EndWith("found id,title");
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        ReadFails("").ProblemTexts().Should().ContainSingle().Which.Should().Contain("found nothing");
    }

    [Fact]
    public void Malformed_csv_names_the_line()
    {
        var csv = string.Join(",", FilmCsvColumns.Header) + "\r\n\"unclosed,1970\r\n";
        ReadFails(csv).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("line ").And.Contain("not valid CSV");
    }

    [Fact]
    public void Arguments_are_checked()
    {
        ((Action)(() => FilmCsv.Read(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        ((Action)(() => FilmCsv.Write(null!, new StringWriter()))).Should().Throw<ArgumentNullException>().WithParameterName("films");
        ((Action)(() => FilmCsv.Write([], null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => FilmCsv.Write([null!], new StringWriter()))).Should().Throw<ArgumentNullException>().WithParameterName("films");
    }

    /// <summary>A reader that gives its start and then the letter x for ever, holding nothing in memory.</summary>
    private sealed class EndlessCell(string start) : TextReader
    {
        private int position;

        public override int Peek() => position < start.Length ? start[position] : 'x';

        public override int Read() => position < start.Length ? start[position++] : 'x';

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (char)Read();
            }

            return buffer.Length;
        }
    }
}
