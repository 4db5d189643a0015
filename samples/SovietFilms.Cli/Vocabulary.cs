using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>The names the app accepts for the library's enums (through the library's data names), and the marks it shows for statuses.</summary>
internal static class Vocabulary
{
    public static FilmKind ParseKind(string text) => Parse(text, "kind", Enum.GetValues<FilmKind>(), DataNames.Format);

    public static Theme ParseTheme(string text) => Parse(text, "theme", Enum.GetValues<Theme>(), DataNames.Format);

    public static ComposerRole ParseRole(string text) => Parse(text, "role", Enum.GetValues<ComposerRole>(), DataNames.Format);

    public static PersonRole ParsePersonRole(string text) => Parse(text, "person's role", Enum.GetValues<PersonRole>(), DataNames.Format);

    /// <summary>Parses a kebab-case, spaced or PascalCase name; an unknown one is a usage error naming the nearest.</summary>
    private static TEnum Parse<TEnum>(string text, string what, TEnum[] values, Func<TEnum, string> name)
        where TEnum : struct, Enum
    {
        var key = Letters(text);
        foreach (var value in values)
        {
            if (Letters(name(value)) == key)
            {
                return value;
            }
        }

        var names = values.Select(name).ToList();
        var hint = Suggestions.DidYouMean(Spelling.Closest(text, names));
        throw new UsageException(hint.Length > 0
            ? $"unknown {what} '{text}'{hint}"
            : $"unknown {what} '{text}'; {what}s are: {string.Join(", ", names)}");
    }

    /// <summary>The verification status as a cell: a mark and its name, coloured where the output is decorated.</summary>
    public static Cell Mark(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => new Cell("✓ verified", "green"),
        VerificationStatus.Corrected => new Cell("~ corrected", "yellow"),
        _ => new Cell("? unconfirmed", "red"),
    };

    public static string Mark(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "[confirmed]",
        FactStatus.PartlyTrue => "[partly true]",
        FactStatus.Refuted => "[refuted]",
        _ => "[unconfirmed]",
    };

    private static string Letters(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
