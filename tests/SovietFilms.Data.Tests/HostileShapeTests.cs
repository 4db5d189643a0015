using System;
using System.Linq;
using System.Threading.Tasks;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>
/// Each hostile shape at a size that used to hurt, with a generous guard against a hang (never a speed assertion):
/// the outcome is the documented one, and the bounded report stays small. The costs per size are in the
/// HostileShapeBenchmarks and docs/PERFORMANCE.md.
/// </summary>
public sealed class HostileShapeTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_megabyte_key_over_a_hundred_thousand_bad_strings_is_refused_with_a_short_report()
    {
        var json = HostileShapes.LongKeyOverBadStrings(1_000_000);

        var error = await Refused(json);

        error.Problems.Should().HaveCount(201);
        error.Message.Length.Should().BeLessThan(50_000);
    }

    [Fact(Timeout = 120_000)]
    public async Task Two_hundred_thousand_films_of_problems_are_refused_with_two_hundred_reported()
    {
        var error = await Refused(HostileShapes.ManyProblems(200_000));

        error.Problems.Should().HaveCount(201);
        error.Problems[^1].Kind.Should().Be(CatalogProblemKind.Bound);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_hundred_thousand_namesakes_load_and_are_all_found_by_their_name_and_surname()
    {
        var catalog = await Task.Run(() => HostileShapes.Load(HostileShapes.Namesakes(100_000)));

        catalog.FindComposers("Ivan Petrov").Should().HaveCount(100_000);
        catalog.FindComposers("I. Petrov").Should().HaveCount(100_000);
        catalog.FindComposers("Петров").Should().HaveCount(100_000);
        catalog.FindComposers("c99999").Should().ContainSingle();
        catalog.Query().WithComposer("Petrov").ToList().Should().ContainSingle();
        catalog.Search("I. Petrov", max: 5).Should().HaveCount(5).And.OnlyContain(h => h.Match == SearchMatch.Alias);
        var ambiguous = ((Func<Composer>)(() => catalog.GetComposer("Petrov"))).Should().Throw<System.Collections.Generic.KeyNotFoundException>().Which.Message;
        ambiguous.Should().EndWith("and 99995 more; use a full name or id.");
        ambiguous.Length.Should().BeLessThan(500);
    }

    [Fact(Timeout = 120_000)]
    public async Task Names_of_ten_thousand_suffix_words_are_indexed_in_linear_time()
    {
        // The surname of each form was looked for once per word, back over every trailing "I" or "II".
        var name = "Ivan" + string.Concat(Enumerable.Repeat(" II", 6_000));
        var builder = new FilmCatalogBuilder("suffixes");
        for (var i = 0; i < 20; i++)
        {
            builder.Add(new ComposerEntry { Id = $"c{i}", Name = name, Aliases = [name.Replace("Ivan", "Иван", StringComparison.Ordinal)], Sources = ["https://example.org/c"] });
        }

        var found = await Task.Run(() => builder.Build().FindComposers("Ivan"));

        found.Should().HaveCount(20);
    }

    [Fact(Timeout = 120_000)]
    public async Task Nesting_a_hundred_thousand_deep_in_an_ignored_field_is_a_syntax_error_not_a_stack_overflow()
    {
        var error = await Refused(HostileShapes.DeepIgnoredField(100_000));

        error.Problems.Should().ContainSingle().Which.Kind.Should().Be(CatalogProblemKind.Syntax);
    }

    [Fact(Timeout = 120_000)]
    public async Task Titles_of_twenty_thousand_combining_marks_are_searched_and_related_in_linear_time()
    {
        var catalog = HostileShapes.Load(HostileShapes.LongMarkedTitles(20_000));
        var query = new string('a', 3) + new string('\u0301', 125_000) + "z";

        var (hits, related) = await Task.Run(() => (catalog.Search(query), catalog.Related(catalog.GetFilm("f-1960"))));

        hits.Should().BeEmpty();
        related.Should().ContainSingle().Which.Film.Id.Should().Be("g-1961");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_CSV_cell_of_ten_million_characters_is_refused_at_its_row()
    {
        var csv = HostileShapes.CsvWithHugeCell(string.Join(",", FilmCsvColumns.Header), FilmCsvColumns.Header.Count, 10_000_000);

        var error = await Task.Run(() =>
            ((Func<FilmCatalog>)(() => FilmCsv.Read(new System.IO.StringReader(csv)))).Should().Throw<CatalogFormatException>().Which);

        error.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Row == 2);
        error.Message.Length.Should().BeLessThan(20_000);
    }

    [Fact(Timeout = 120_000)]
    public async Task Ten_thousand_CSV_rows_naming_one_composer_by_long_different_names_give_a_short_capped_report()
    {
        // Each row's problem repeated the long name, and nothing capped them: a 1.1 MiB CSV reached 7.7 GB.
        var header = string.Join(",", FilmCsvColumns.Header);
        var composersColumn = FilmCsvColumns.Header.ToList().IndexOf("composers");
        var rows = new System.Text.StringBuilder(header).Append("\r\n");
        var longName = new string('n', 5_000);
        for (var i = 0; i < 10_000; i++)
        {
            var cells = new string[FilmCsvColumns.Header.Count];
            cells[0] = $"f{i}-1960";
            cells[composersColumn] = $"c | score | {longName}{i}";
            rows.Append(string.Join(",", cells)).Append("\r\n");
        }

        var csv = rows.ToString();
        var error = await Task.Run(() =>
            ((Func<FilmCatalog>)(() => FilmCsv.Read(new System.IO.StringReader(csv)))).Should().Throw<CatalogFormatException>().Which);

        error.Problems.Should().HaveCount(201);
        error.Message.Length.Should().BeLessThan(100_000);
    }

    private static Task<CatalogFormatException> Refused(byte[] json) =>
        Task.Run(() => ((Func<FilmCatalog>)(() => HostileShapes.Load(json))).Should().Throw<CatalogFormatException>().Which);
}
