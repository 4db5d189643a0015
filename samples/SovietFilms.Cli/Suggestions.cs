using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>"Did you mean ...?" for unknown names, commands and options, from the library's ranked search or its <see cref="Spelling"/>.</summary>
internal static class Suggestions
{
    public static string DidYouMean(IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().Take(3).ToList();
        return list.Count == 0 ? "" : $"; did you mean {string.Join(" or ", list)}?";
    }

    /// <summary>
    /// For the first error, when it is about a word the parser did not recognise: the nearest option of the command
    /// it was typed after (or a recursive option such as --help) when it starts with a dash, else the nearest of
    /// that command's subcommands.
    /// </summary>
    public static string Unrecognised(ParseResult parse)
    {
        if (parse.UnmatchedTokens.Count == 0 || !parse.Errors[0].Message.Contains($"'{parse.UnmatchedTokens[0]}'", StringComparison.Ordinal))
        {
            return "";
        }

        var word = parse.UnmatchedTokens[0];
        var command = parse.CommandResult.Command;
        var candidates = word.StartsWith('-')
            ? command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
        return DidYouMean(Spelling.Closest(word, candidates));
    }

    public static IEnumerable<string> Composers(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Composer is not null).Select(h => h.Composer!.Name);

    public static IEnumerable<string> People(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Person is not null).Select(h => h.Person!.Name);

    public static IEnumerable<string> Studios(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Studio is not null).Select(h => h.Studio!.Name);

    public static IEnumerable<string> Films(FilmCatalog catalog, string text) =>
        catalog.Search(text, 20).Where(h => h.Film is not null).Select(h => $"{h.Film!.Title} ({h.Film.Id})");
}
