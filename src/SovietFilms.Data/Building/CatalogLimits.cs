using System;

namespace SovietFilms.Data.Building;

/// <summary>The years a catalogue's dates must fall in. The size bounds are <see cref="CatalogLoadOptions"/>.</summary>
internal static class CatalogLimits
{
    /// <summary>The first year of film history: Le Prince's Roundhay Garden Scene.</summary>
    public const int FirstFilmYear = 1888;

    /// <summary>The first year a composer's life may start.</summary>
    public const int FirstComposerYear = 1000;

    /// <summary>The last year accepted anywhere: next year, for films announced before release.</summary>
    public static int LastYear => DateTime.UtcNow.Year + 1;
}
