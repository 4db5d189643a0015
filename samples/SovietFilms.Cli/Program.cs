using System;
using System.IO;
using SovietFilms.Cli;

// The sample lists films of the embedded catalogue, filtered by year, theme and composer.
// Exit codes: 0 success (an empty result included), 2 bad usage.
return ListCommand.Run(args, Console.Out, Console.Error);
