using System;
using System.Globalization;
using System.IO;
using System.Text;
using Spectre.Console;

namespace SovietFilms.Cli;

/// <summary>
/// Where the app writes, and whether it may decorate: colour and box drawing only on a terminal, plain and
/// stable text when output is redirected or <c>NO_COLOR</c> is set. Tests pass writers of their own.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool decorated, int width = 120)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Decorated { get; } = decorated;

    public static CliConsole ForProcess()
    {
        Console.OutputEncoding = Encoding.UTF8;
        var decorated = ShouldDecorate(
            Console.IsOutputRedirected,
            Environment.GetEnvironmentVariable("NO_COLOR"),
            Environment.GetEnvironmentVariable("TERM"));
        return new CliConsole(new GuardedWriter(Console.Out), new GuardedWriter(Console.Error), decorated, decorated ? TerminalWidth() : 120);
    }

    /// <summary>
    /// The terminal's width, drawn at whatever it is (too narrow a table falls back to plain text): COLUMNS when set,
    /// which POSIX says overrides the system's, else the window's; 80 where a terminal reports none.
    /// </summary>
    private static int TerminalWidth() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns
        : Console.WindowWidth > 0 ? Console.WindowWidth
        : 80;

    /// <summary>Decorate only a terminal, and only when the user has not asked for no colour (see no-color.org).</summary>
    public static bool ShouldDecorate(bool outputRedirected, string? noColor, string? term) =>
        !outputRedirected && string.IsNullOrEmpty(noColor) && term != "dumb";

    public IReport Report()
    {
        if (!Decorated)
        {
            return new PlainReport(Output);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Output),
        });

        // Spectre measures a writer that is not the console as 80 columns wide; this is the width to fill.
        console.Profile.Width = width;
        return new SpectreReport(console, width, new PlainReport(Output));
    }
}
