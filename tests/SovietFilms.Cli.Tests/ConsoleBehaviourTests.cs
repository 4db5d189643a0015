using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

public sealed class ConsoleBehaviourTests
{
    [Theory]
    [InlineData(false, null, "xterm-256color", true)]
    [InlineData(true, null, "xterm-256color", false)]
    [InlineData(false, "1", "xterm-256color", false)]
    [InlineData(false, "", "xterm-256color", true)]
    [InlineData(false, null, "dumb", false)]
    public void Decorates_only_a_terminal_without_NO_COLOR(bool redirected, string? noColor, string term, bool expected)
    {
        CliConsole.ShouldDecorate(redirected, noColor, term).Should().Be(expected);
    }

    [Theory]
    [InlineData("list", "--composer", "tchaikovsky")]
    [InlineData("show", "tchaikovsky-1970")]
    [InlineData("stats")]
    [InlineData("selection")]
    public void Plain_output_has_no_escape_codes_or_box_drawing(params string[] args)
    {
        var run = CliRun.Of(args);

        run.Output.Should().NotContain("\u001b[").And.NotContainAny("│", "─", "╭", "█");
    }

    [Fact]
    public void Decorated_output_uses_colour_and_box_drawing()
    {
        var run = CliRun.Of(decorated: true, "list", "--composer", "tchaikovsky");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("\u001b[").And.Contain("╭").And.Contain("Tchaikovsky");
    }

    [Theory]
    [InlineData("show", "tchaikovsky-1970")]
    [InlineData("stats")]
    [InlineData("selection")]
    [InlineData("composers")]
    [InlineData("themes")]
    public void Every_report_renders_decorated(params string[] args)
    {
        var run = CliRun.Of(decorated: true, args);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("\u001b[");
    }

    [Fact]
    public void Version_prints_the_package_and_data_versions()
    {
        var run = CliRun.Of("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().MatchRegex(@"^sovietfilms \d+\.\d+\.\d+ \(SovietFilms\.Data \d+\.\d+\.\d+, data " + FilmCatalog.Default.DataVersion.Replace(".", "\\.", StringComparison.Ordinal) + @"\)$");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("list", "--help")]
    [InlineData("show", "--help")]
    [InlineData("composers", "--help")]
    [InlineData("themes", "--help")]
    [InlineData("selection", "--help")]
    [InlineData("stats", "--help")]
    [InlineData("export", "--help")]
    public void Every_command_has_help_with_examples(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Usage:").And.Contain("Examples:\n  sovietfilms ");
    }

    [Fact]
    public void Help_run_from_many_threads_at_once_prints_the_same_examples()
    {
        string[][] commands = [["--help"], ["list", "--help"], ["show", "--help"], ["export", "--help"], ["themes", "--help"]];
        var serial = commands.Select(c => CliRun.Of(c).Output).ToArray();

        var parallel = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (Index: i % commands.Length, Output: CliRun.Of(commands[i % commands.Length]).Output))
            .ToList();

        parallel.Should().OnlyContain(run => run.Output == serial[run.Index]);
        serial[1].Should().Contain("  sovietfilms list --composer Чайковский\n");
        serial[0].Should().Contain("  sovietfilms export --format json --output catalog.json\n");
    }

    [Fact]
    public void No_command_shows_the_help()
    {
        var run = CliRun.Of();
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Commands:").And.Contain("list");
    }

    /// <summary>The built app as a real process: redirected output is plain, and the exit code reaches the shell.</summary>
    [Fact]
    public void The_built_executable_runs_as_a_process()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "sovietfilms.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { app, "list", "--composer", "Tschaikowsky", "--decade", "1950s" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(0, error);
        output.Should().Contain("Stars of the Russian Ballet").And.Contain("Eugene Onegin").And.NotContain("\u001b[");
        var rows = output.Split('\n').Count(l => l.Length > 0) - 2;
        rows.Should().Be(FilmCatalog.Default.Query().WithComposer("tchaikovsky").ReleasedInDecade(1950).Count());
    }
}
