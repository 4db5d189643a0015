using System.IO;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>Runs the app in-process against the embedded catalogue, capturing what it writes; decorated, as on a terminal of some width, or plain.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => Of(decorated: false, args);

    public static CliRun Of(bool decorated, params string[] args) => Of(decorated, width: 120, args);

    public static CliRun Of(bool decorated, int width, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Cli.Run(args, new CliConsole(output, error, decorated, width), FilmCatalog.Default);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
