using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A curated selection as given to a <see cref="FilmCatalogBuilder"/>, before it is checked. Immutable once made; its list is a copy.</summary>
/// <remarks>Being a record, an entry supports <c>with</c>; two entries are equal when their values are, and their lists only when they are the same list objects.</remarks>
public sealed record SelectionEntry
{
    internal string? _id;
    internal string? _title;
    internal string? _introduction;
    internal IReadOnlyList<string> _films = ReadOnly.Empty<string>();

    /// <summary>The id, a lowercase slug; required.</summary>
    public string? Id { get => _id; init => _id = value; }

    /// <summary>The title; required.</summary>
    public string? Title { get => _title; init => _title = value; }

    /// <summary>The curator's introduction.</summary>
    public string? Introduction { get => _introduction; init => _introduction = value; }

    /// <summary>The ids of the selection's films, in order; at least one, each a film of the same catalogue.</summary>
    public IReadOnlyList<string> Films { get => _films; init => _films = ReadOnly.CopyOf(value, nameof(Films)); }
}
