using System.IO;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>Runs the app in-process against the embedded catalogue, capturing what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => Of(decorated: false, args);

    public static CliRun Of(bool decorated, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Cli.Run(args, new CliConsole(output, error, decorated), FilmCatalog.Default);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
