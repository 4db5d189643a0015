using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>The names the app shows and accepts for the library's enums, and the meaning of each theme.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<Theme, string> ThemeMeanings = new Dictionary<Theme, string>
    {
        [Theme.Biography] = "the life of a real composer or performer",
        [Theme.Opera] = "a screen version of an opera, or opera at its heart",
        [Theme.Operetta] = "a screen version of an operetta or musical comedy stage work",
        [Theme.Ballet] = "a screen version of a ballet, or ballet at its heart",
        [Theme.Concert] = "a film built around stage performances: a concert or anthology film",
        [Theme.Rivalry] = "rivalry or envy between musicians",
        [Theme.Mastery] = "the pursuit of virtuosity: practice, teachers, competitions",
        [Theme.ComingOfAge] = "a young musician finding a place in the world",
        [Theme.EnsembleLife] = "the life of an orchestra, band, choir or company",
        [Theme.Comedy] = "a light-hearted or comic treatment",
        [Theme.Redemption] = "a second chance, a return after disgrace",
        [Theme.Romance] = "a love story at the centre",
        [Theme.HistoricalDrama] = "a period drama in which music plays a part",
        [Theme.Heritage] = "an instrument, tradition or legacy passed down",
        [Theme.ArtisticFreedom] = "artistic integrity against pressure, censorship or the system",
        [Theme.Adversity] = "illness, deafness, war or poverty confronted",
        [Theme.LiteraryAdaptation] = "based on a literary work",
    };

    /// <summary>The kebab-case name of the data file, such as <c>coming-of-age</c>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Parses a kebab-case, spaced or PascalCase name; an unknown one is a usage error naming the nearest.</summary>
    public static TEnum Parse<TEnum>(string text, string what)
        where TEnum : struct, Enum
    {
        var key = Letters(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Letters(value.ToString()) == key)
            {
                return value;
            }
        }

        var names = Enum.GetValues<TEnum>().Select(v => Name(v)).ToList();
        var hint = Suggestions.DidYouMean(Suggestions.Nearest(text, names));
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
