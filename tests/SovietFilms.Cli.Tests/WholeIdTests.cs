using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>
/// Ids and URLs are what a user copies into the next command or a browser, so no layout may split one across lines:
/// at any width a table drops columns, then falls back to plain text, before it would wrap one.
/// </summary>
public sealed partial class WholeIdTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    private static readonly int[] Widths = [40, 60, 80, 120];

    /// <summary>Each run, with the ids and URLs from the model that its output must hold.</summary>
    private static readonly (string[] Args, Func<IEnumerable<string>> Expected)[] Runs =
    [
        (["list"], () => Catalog.Films.Select(f => f.Id)),
        (["list", "--composer", "tchaikovsky"], () => Catalog.Query().WithComposer("tchaikovsky").Select(f => f.Id)),
        (["list", "--decade", "1970s", "--sort", "title"], () => Catalog.Query().ReleasedInDecade(1970).Select(f => f.Id)),
        (["list", "--theme", "ballet"], () => Catalog.Query().WithTheme(Theme.Ballet).Select(f => f.Id)),
        (["list", "--person", "Ulanova"], () => Catalog.Query().WithPerson("Ulanova").Select(f => f.Id)),
        (["show", LongestUrlFilm().Id], () => Card(LongestUrlFilm())),
        (["show", Catalog.Films.MaxBy(f => f.Id.Length)!.Id], () => Card(Catalog.Films.MaxBy(f => f.Id.Length)!)),
        (["show", "tchaikovsky-1970"], () => Card(Catalog.GetFilm("tchaikovsky-1970"))),
        (["show", "silva-1944"], () => Card(Catalog.GetFilm("silva-1944"))),
        (["show", "mozart-and-salieri-1962"], () => Card(Catalog.GetFilm("mozart-and-salieri-1962"))),
        (["selection"], () => Catalog.Selections[0].Films.Select(f => f.Id)),
        (["people"], () => Catalog.People.Select(p => p.Id)),
        (["composers"], () => Catalog.Composers.Select(c => c.Id)),
    ];

    public static TheoryData<int, bool, int> Cases()
    {
        var cases = new TheoryData<int, bool, int>();
        for (var run = 0; run < Runs.Length; run++)
        {
            foreach (var width in Widths)
            {
                cases.Add(run, true, width);
            }

            cases.Add(run, false, 120);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_id_and_url_is_whole_on_one_line(int run, bool decorated, int width)
    {
        var (args, expected) = Runs[run];

        var result = CliRun.Of(decorated, width, args);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n').Select(l => Escape().Replace(l, "")).ToList();
        var missing = expected().Distinct().Where(token => !lines.Any(l => Whole(l, token))).ToList();
        missing.Should().BeEmpty($"'{string.Join(' ', args)}' at {width} columns must hold each whole on one line");
        lines.Where(l => l.Length > width && "╭│├╰".Contains(l[0], StringComparison.Ordinal)).Should().BeEmpty("a drawn table fits the terminal");
    }

    [Fact]
    public void A_list_that_fits_narrows_before_it_falls_back_to_plain_text()
    {
        var wide = CliRun.Of(decorated: true, width: 120, "list", "--composer", "tchaikovsky", "--decade", "1970s");
        var narrow = CliRun.Of(decorated: true, width: 60, "list", "--composer", "tchaikovsky", "--decade", "1970s");
        var tooNarrow = CliRun.Of(decorated: true, width: 30, "list", "--composer", "tchaikovsky", "--decade", "1970s");

        wide.Output.Should().Contain("╭").And.Contain("Original title").And.Contain("Directed by");
        narrow.Output.Should().Contain("╭").And.NotContain("Original title");
        tooNarrow.Output.Should().NotContain("╭").And.StartWith("Year  Title");
    }

    [Fact]
    public void A_card_keeps_its_panel_and_writes_the_fields_too_long_for_it_plainly_after_it()
    {
        var film = LongestUrlFilm();

        var lines = CliRun.Of(decorated: true, width: 80, "show", film.Id).Output.Split('\n').Select(l => Escape().Replace(l, "")).ToList();

        var panelEnd = lines.FindIndex(l => l.StartsWith('╰'));
        lines.FindIndex(l => l.StartsWith("│ Id ", StringComparison.Ordinal)).Should().BeInRange(0, panelEnd);
        lines.FindIndex(l => l.StartsWith("Sources:", StringComparison.Ordinal)).Should().BeGreaterThan(panelEnd);
    }

    private static Film LongestUrlFilm() => Catalog.Films.MaxBy(f => f.Sources.Select(s => s.OriginalString.Length).DefaultIfEmpty(0).Max())!;

    /// <summary>What a film's card shows that a user would copy: its id, its sources, its credits' sources and the related films' ids.</summary>
    private static IEnumerable<string> Card(Film film) =>
        film.Sources.Select(s => s.OriginalString)
            .Concat(film.Credits.SelectMany(c => c.Sources).Select(s => s.OriginalString))
            .Concat(Catalog.Related(film).Select(r => r.Film.Id))
            .Append(film.Id);

    /// <summary>The token, with no more of an id or URL either side of it.</summary>
    private static bool Whole(string line, string token)
    {
        for (var at = line.IndexOf(token, StringComparison.Ordinal); at >= 0; at = line.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            var end = at + token.Length;
            if ((at == 0 || !Continues(line[at - 1])) && (end == line.Length || !Continues(line[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Continues(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '%' or '_' or '.';

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Escape();
}
