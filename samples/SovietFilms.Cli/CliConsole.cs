using System;
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
        return new CliConsole(new GuardedWriter(Console.Out), new GuardedWriter(Console.Error), decorated, decorated ? Math.Max(Console.WindowWidth, 60) : 120);
    }

    /// <summary>Decorate only a terminal, and only when the user has not asked for no colour (see no-color.org).</summary>
    public static bool ShouldDecorate(bool outputRedirected, string? noColor, string? term) =>
        !outputRedirected && string.IsNullOrEmpty(noColor) && term != "dumb";

    public IReport Report() => Decorated
        ? new SpectreReport(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Output),
        }), width)
        : new PlainReport(Output);
}
