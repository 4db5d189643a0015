using System;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Bounds on what a catalogue may hold, so that a hostile or broken file fails with a clear
/// <see cref="CatalogFormatException"/> instead of exhausting memory or the stack.
/// </summary>
internal static class CatalogLimits
{
    /// <summary>The largest catalogue read, in bytes: far above the embedded catalogue (well under 1 MiB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted; the format itself needs four levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest string accepted, in UTF-16 code units.</summary>
    public const int MaxStringLength = 20_000;

    /// <summary>The longest list accepted.</summary>
    public const int MaxListLength = 1_000_000;

    /// <summary>The first year of film history: Le Prince's Roundhay Garden Scene.</summary>
    public const int FirstFilmYear = 1888;

    /// <summary>The first year a composer's life may start.</summary>
    public const int FirstComposerYear = 1000;

    /// <summary>The last year accepted anywhere: next year, for films announced before release.</summary>
    public static int LastYear => DateTime.UtcNow.Year + 1;
}
