using System;
using System.IO;
using System.Linq;
using System.Text;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public void Lists_films_by_composer_in_any_spelling_as_a_plain_table()
    {
        var run = CliRun.Of("list", "--composer", "Чайковский", "--decade", "1970s");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("Year  Title");
        lines.Should().Contain(l => l.StartsWith("1970  Tchaikovsky", StringComparison.Ordinal) && l.Contains("Igor Talankin") && l.Contains("corrected"));
        lines.Should().Contain(l => l.StartsWith("1973  The Nutcracker", StringComparison.Ordinal));
        lines.Should().HaveCount(2 + FilmCatalog.Default.Query().WithComposer("tchaikovsky").ReleasedInDecade(1970).Count(), "a header, a rule and a line per film");
    }

    [Theory]
    [InlineData("--year", "1970")]
    [InlineData("--from", "1969", "--to", "1971")]
    [InlineData("--decade", "1970")]
    public void Year_filters_agree_with_the_library(params string[] args)
    {
        var run = CliRun.Of(["list", .. args, "--format", "csv"]);
        var ids = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray();

        var from = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var expected = args[0] switch
        {
            "--year" => FilmCatalog.Default.Query().ReleasedIn(from),
            "--from" => FilmCatalog.Default.Query().ReleasedBetween(1969, 1971),
            _ => FilmCatalog.Default.Query().ReleasedInDecade(from),
        };
        ids.Should().Equal(expected.Select(f => f.Id));
    }

    [Fact]
    public void Themes_combine_as_all_of_or_any_of()
    {
        var all = CliRun.Of("list", "--theme", "opera", "--theme", "romance", "--format", "csv");
        var any = CliRun.Of("list", "--theme", "opera", "--theme", "romance", "--any-theme", "--format", "csv");

        Rows(all).Should().Be(FilmCatalog.Default.Query().WithAllThemes(Theme.Opera, Theme.Romance).Count());
        Rows(any).Should().Be(FilmCatalog.Default.Query().WithAnyTheme(Theme.Opera, Theme.Romance).Count());
        Rows(any).Should().BeGreaterThan(Rows(all));
    }

    [Fact]
    public void Role_search_verified_selection_and_sort_filter_and_order()
    {
        Ids(CliRun.Of("list", "--composer", "mozart", "--role", "subject", "--format", "csv"))
            .Should().Equal(FilmCatalog.Default.Query().WithComposer("mozart", ComposerRole.Subject).Select(f => f.Id));
        Ids(CliRun.Of("list", "--selection", "classical-music-in-soviet-cinema", "--verified", "--format", "csv"))
            .Should().BeEquivalentTo("beethoven-days-in-a-life-1976", "tchaikovsky-1970", "mozart-and-salieri-1962", "star-of-captivating-happiness-1975");
        Ids(CliRun.Of("list", "--search", "Tchaikovksy", "--format", "csv")).Should().Contain("tchaikovsky-1970").And.Contain("swan-lake-1968");
        var byTitle = Ids(CliRun.Of("list", "--decade", "1950s", "--sort", "title", "--format", "csv"));
        byTitle.Should().HaveCountGreaterThan(3);
        byTitle.Select(id => FilmCatalog.Default.GetFilm(id).Title).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Json_output_is_a_catalogue_that_loads_back_and_is_never_decorated()
    {
        var run = CliRun.Of(decorated: true, "list", "--composer", "tchaikovsky", "--format", "json");

        run.ExitCode.Should().Be(0);
        run.Output.Should().NotContain("\u001b[");
        var loaded = FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(run.Output)));
        loaded.Films.Select(f => f.Id).Should().Equal(FilmCatalog.Default.Query().WithComposer("tchaikovsky").Select(f => f.Id));
    }

    [Fact]
    public void Csv_output_has_the_documented_header_and_is_never_decorated()
    {
        var run = CliRun.Of(decorated: true, "list", "--decade", "1930s", "--format", "csv");

        run.Output.Should().StartWith("id,title,original_title,alternate_titles,year,");
        run.Output.Should().NotContain("\u001b[");
        Rows(run).Should().Be(FilmCatalog.Default.Query().ReleasedInDecade(1930).Count());
    }

    [Fact]
    public void An_empty_result_says_so_on_standard_error_and_succeeds()
    {
        var run = CliRun.Of("list", "--year", "1901");

        run.ExitCode.Should().Be(0);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Should().Be("No films match these filters.");
    }

    [Theory]
    [InlineData("unknown theme 'jazz'", "list", "--theme", "jazz")]
    [InlineData("did you mean biography?", "list", "--theme", "biograpy")]
    [InlineData("did you mean Pyotr Ilyich Tchaikovsky", "list", "--composer", "Tchaikovksy")]
    [InlineData("did you mean score?", "list", "--composer", "tiomkin", "--role", "scor")]
    [InlineData("--role needs --composer", "list", "--role", "music")]
    [InlineData("--decade expects the first year of a decade", "list", "--decade", "1975")]
    [InlineData("--year expects a four-digit year", "list", "--year", "last")]
    [InlineData("--from 1980 is later than --to 1970", "list", "--from", "1980", "--to", "1970")]
    [InlineData("--format expects table, json, csv, not 'xml'", "list", "--format", "xml")]
    [InlineData("unknown selection 'picks'", "list", "--selection", "picks")]
    [InlineData("Unrecognized command or argument '--bogus'", "list", "--bogus")]
    [InlineData("--composer needs a name with at least one letter", "list", "--composer", "?!")]
    public void Bad_usage_is_one_line_on_standard_error_and_exit_code_2(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(expected);
        run.Error.TrimEnd().Split('\n').Should().ContainSingle();
        run.Error.Should().StartWith("sovietfilms: ");
    }

    private static int Rows(CliRun run) => run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

    private static string[] Ids(CliRun run) => run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToArray();
}
