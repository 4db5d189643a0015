using System;

namespace SovietFilms.Data;

/// <summary>
/// Bounds on what <see cref="FilmCatalog.Load(System.IO.Stream, CatalogLoadOptions)"/> accepts, so that a hostile or
/// broken file fails with a clear <see cref="CatalogFormatException"/> instead of exhausting memory or the stack.
/// Immutable; set the bounds you want to change with an object initializer.
/// </summary>
/// <example>
/// <code>
/// var catalog = FilmCatalog.Load(stream, new CatalogLoadOptions { MaxBytes = 1024 * 1024 });
/// </code>
/// </example>
public sealed class CatalogLoadOptions
{
    private readonly int maxBytes = 64 * 1024 * 1024;
    private readonly int maxDepth = 32;
    private readonly int maxStringLength = 20_000;
    private readonly int maxListLength = 1_000_000;

    /// <summary>The bounds <see cref="FilmCatalog.Load(System.IO.Stream)"/> uses.</summary>
    public static CatalogLoadOptions Default { get; } = new();

    /// <summary>The largest input read, in bytes; 64 MiB by default, far above the embedded catalogue.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxBytes { get => maxBytes; init => maxBytes = Positive(value, nameof(MaxBytes)); }

    /// <summary>The deepest JSON nesting accepted; 32 by default, where the format itself needs four levels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth { get => maxDepth; init => maxDepth = Positive(value, nameof(MaxDepth)); }

    /// <summary>The longest string accepted, in UTF-16 code units; 20,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength { get => maxStringLength; init => maxStringLength = Positive(value, nameof(MaxStringLength)); }

    /// <summary>The longest list accepted (films, sources, themes...); 1,000,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxListLength { get => maxListLength; init => maxListLength = Positive(value, nameof(MaxListLength)); }

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A bound must be at least 1.");
}
