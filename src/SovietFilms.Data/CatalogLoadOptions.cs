using System;

namespace SovietFilms.Data;

/// <summary>
/// How <see cref="FilmCatalog.Load(System.IO.Stream, CatalogLoadOptions)"/> and <see cref="FilmCatalogBuilder"/> read a
/// catalogue: bounds on what they accept, so that a hostile or broken file fails with a clear
/// <see cref="CatalogFormatException"/> instead of exhausting memory or the stack, and the catalogue its ids may refer to.
/// Immutable; name the options you want to change as the constructor's arguments, which any C# version can do.
/// </summary>
/// <example>
/// <code>
/// var catalog = FilmCatalog.Load(stream, new CatalogLoadOptions(maxBytes: 1024 * 1024));
/// var mine = FilmCatalog.Load(overlay, new CatalogLoadOptions(references: FilmCatalog.Default));   // may credit "tchaikovsky"
/// </code>
/// </example>
public sealed class CatalogLoadOptions
{
    /// <summary>Options, each at its default unless given.</summary>
    /// <param name="maxBytes">The largest input read, in bytes (<see cref="MaxBytes"/>).</param>
    /// <param name="maxDepth">The deepest JSON nesting accepted (<see cref="MaxDepth"/>).</param>
    /// <param name="maxStringLength">The longest string accepted, in UTF-16 code units (<see cref="MaxStringLength"/>).</param>
    /// <param name="maxListLength">The longest list accepted (<see cref="MaxListLength"/>).</param>
    /// <param name="references">A catalogue whose entries the loaded one may reference without defining them (<see cref="References"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is less than 1.</exception>
    public CatalogLoadOptions(int maxBytes = 64 * 1024 * 1024, int maxDepth = 32, int maxStringLength = 20_000, int maxListLength = 1_000_000, FilmCatalog? references = null)
    {
        MaxBytes = Positive(maxBytes, nameof(maxBytes));
        MaxDepth = Positive(maxDepth, nameof(maxDepth));
        MaxStringLength = Positive(maxStringLength, nameof(maxStringLength));
        MaxListLength = Positive(maxListLength, nameof(maxListLength));
        References = references;
    }

    /// <summary>The bounds <see cref="FilmCatalog.Load(System.IO.Stream)"/> uses.</summary>
    public static CatalogLoadOptions Default { get; } = new();

    /// <summary>The largest input read, in bytes; 64 MiB by default, far above the embedded catalogue.</summary>
    public int MaxBytes { get; }

    /// <summary>The deepest JSON nesting accepted; 32 by default, where the format itself needs four levels.</summary>
    public int MaxDepth { get; }

    /// <summary>The longest string accepted, in UTF-16 code units; 20,000 by default.</summary>
    public int MaxStringLength { get; }

    /// <summary>The longest list accepted (films, sources, themes...); 1,000,000 by default.</summary>
    public int MaxListLength { get; }

    /// <summary>
    /// A catalogue, such as <see cref="FilmCatalog.Default"/>, whose composers, people, studios and works the loaded
    /// catalogue may reference by id without defining them; <see langword="null"/> (the default) when every id must be
    /// defined in the catalogue itself. Each entry referenced this way becomes part of the loaded catalogue as the same
    /// record, so the result stands alone, and <see cref="FilmCatalog.With(FilmCatalog, bool)"/> over any catalogue resolves
    /// it by id to that catalogue's record (never a clash or a replacement). An entry the catalogue defines itself is its
    /// own, in place of a referenced one of the same kind and id; but a person may not take a referenced composer's id, nor
    /// a composer a referenced person's. Films and selections are not referenced: a selection lists the catalogue's own films.
    /// </summary>
    public FilmCatalog? References { get; }

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A bound must be at least 1.");
}
