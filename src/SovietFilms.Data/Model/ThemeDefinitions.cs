using System;

namespace SovietFilms.Data;

/// <summary>What each <see cref="Theme"/> of the closed vocabulary means, in the words the data README documents.</summary>
public static class ThemeDefinitions
{
    private static readonly string[] Definitions =
    [
        "the life of a real composer or performer",
        "a screen version of an opera, or opera at its heart",
        "a screen version of an operetta or musical comedy stage work",
        "a screen version of a ballet, or ballet at its heart",
        "a film built around stage performances: a concert or anthology film",
        "rivalry or envy between musicians",
        "the pursuit of virtuosity: practice, teachers, competitions",
        "a young musician finding a place in the world",
        "the life of an orchestra, band, choir or company",
        "a light-hearted or comic treatment",
        "a second chance, a return after disgrace",
        "a love story at the centre",
        "a period drama in which music plays a part",
        "an instrument, tradition or legacy passed down",
        "artistic integrity against pressure, censorship or the system",
        "illness, deafness, war or poverty confronted",
        "based on a literary work",
    ];

    /// <summary>The definition of a theme, such as "the life of a real composer or performer" for <see cref="Theme.Biography"/>.</summary>
    /// <param name="theme">A defined theme.</param>
    /// <returns>The definition, in lowercase, as a phrase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theme"/> is not a defined theme.</exception>
    public static string Of(Theme theme) =>
        (int)theme >= 0 && (int)theme < Definitions.Length
            ? Definitions[(int)theme]
            : throw new ArgumentOutOfRangeException(nameof(theme), theme, "Not a defined theme.");
}
