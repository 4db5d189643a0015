using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>The <c>sovietfilms</c> command tree: parsing with System.CommandLine, then one class per command.</summary>
internal static class Cli
{
    public static int Run(string[] args, CliConsole console, FilmCatalog catalog)
    {
        var root = Build(console, catalog);
        var parse = root.Parse(args);

        // Parse errors get one line and exit code 2, naming the nearest command or option to a mistyped one; help and
        // version are answered even beside other errors.
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExamples && parse.Action is not PrintVersion)
        {
            var hint = Suggestions.Unrecognised(parse);
            var message = hint.Length > 0 ? parse.Errors[0].Message.TrimEnd('.') + hint : parse.Errors[0].Message;
            console.Error.WriteLine(Terminal.Clean($"sovietfilms: {message} Try 'sovietfilms --help'."));
            return ExitCodes.BadUsage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine(Terminal.Clean($"sovietfilms: {e.Message}"));
            return ExitCodes.BadUsage;
        }
        catch (IOException e)
        {
            console.Error.WriteLine(Terminal.Clean($"sovietfilms: {e.Message}"));
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            console.Error.WriteLine(Terminal.Clean($"sovietfilms: {e.Message}"));
            return ExitCodes.Failure;
        }
    }

    public static string VersionText(FilmCatalog catalog) =>
        $"sovietfilms {InformationalVersion(typeof(Cli).Assembly)} (SovietFilms.Data {InformationalVersion(typeof(FilmCatalog).Assembly)}, data {catalog.DataVersion})";

    private static RootCommand Build(CliConsole console, FilmCatalog catalog)
    {
        var root = new RootCommand(
            "Browse the SovietFilms.Data catalogue of Soviet films about classical music.\n\n"
            + "Exit codes: 0 success (an empty result too), 1 failure (such as a file that cannot be written), 2 bad usage.");
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(console, catalog);
        }

        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new HelpWithExamples((HelpAction)option.Action!, console);
        }

        root.Subcommands.Add(Commands.List(console, catalog));
        root.Subcommands.Add(Commands.Show(console, catalog));
        root.Subcommands.Add(Commands.People(console, catalog));
        root.Subcommands.Add(Commands.Composers(console, catalog));
        root.Subcommands.Add(Commands.Themes(console, catalog));
        root.Subcommands.Add(Commands.SelectionCommand(console, catalog));
        root.Subcommands.Add(Commands.Stats(console, catalog));
        root.Subcommands.Add(Commands.Export(console, catalog));
        root.SetAction(parse => new HelpWithExamples(new HelpAction(), console).Invoke(parse));
        return root;
    }

    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>The standard help, then the command's examples.</summary>
    private sealed class HelpWithExamples(HelpAction help, CliConsole console) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            var examples = command is RootCommand
                ? Commands.Examples.Select(e => e.Examples[0]).ToArray()
                : Commands.Examples.FirstOrDefault(e => e.Command == command.Name).Examples;
            if (examples is not null)
            {
                console.Output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    console.Output.WriteLine($"  {example}");
                }

                console.Output.WriteLine();
            }

            return ExitCodes.Success;
        }
    }

    private sealed class PrintVersion(CliConsole console, FilmCatalog catalog) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            console.Output.WriteLine(VersionText(catalog));
            return ExitCodes.Success;
        }
    }
}
