using System;

namespace SovietFilms.Data;

/// <summary>An entry of a catalogue named by its kind and id, such as one <see cref="FilmCatalog.With(FilmCatalog, bool)"/> replaced.</summary>
public sealed class CatalogEntryReference : IEquatable<CatalogEntryReference>
{
    /// <summary>Names an entry.</summary>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">Its id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public CatalogEntryReference(CatalogEntryKind kind, string id)
    {
        Kind = kind is >= CatalogEntryKind.Composer and <= CatalogEntryKind.Studio ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of entry.");
        Id = id ?? throw new ArgumentNullException(nameof(id));
    }

    /// <summary>The kind of entry.</summary>
    public CatalogEntryKind Kind { get; }

    /// <summary>The entry's id.</summary>
    public string Id { get; }

    /// <inheritdoc/>
    public bool Equals(CatalogEntryReference? other) => other is not null && Kind == other.Kind && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogEntryReference);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The kind and id as the catalogue's messages write them, such as <c>film "swan-lake-1957"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Building.EntryOrigin.Name(Kind)} {Building.Quote.Of(Id)}";
}
