using System.IO;
using SovietFilms.Cli;
using SovietFilms.Data;

// Exit codes: 0 success (an empty result too), 1 failure (such as a file that cannot be written), 2 bad usage.
try
{
    return Cli.Run(args, CliConsole.ForProcess(), FilmCatalog.Default);
}
catch (IOException)
{
    // Standard output or error could not be written (a full disk, a closed pipe, a file size limit): there is
    // nowhere left to say so, and a stack trace would not get through either.
    return ExitCodes.Failure;
}
