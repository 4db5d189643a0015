using SovietFilms.Cli;
using SovietFilms.Data;

// Exit codes: 0 success (an empty result too), 1 failure (such as a file that cannot be written), 2 bad usage.
return Cli.Run(args, CliConsole.ForProcess(), FilmCatalog.Default);
