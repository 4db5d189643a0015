using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A person as given to a <see cref="FilmCatalogBuilder"/>, before it is checked: the fields of the format, with
/// nothing resolved. Immutable once made; its lists are copies. People and composers share one space of ids.
/// </summary>
/// <remarks>Being a record, an entry supports <c>with</c>; two entries are equal when their values are, and their lists only when they are the same list objects.</remarks>
public sealed record PersonEntry
{
    internal string? _id;
    internal string? _name;
    internal string? _nativeName;
    internal IReadOnlyList<string> _aliases = ReadOnly.Empty<string>();
    internal int? _born;
    internal int? _died;
    internal IReadOnlyList<string> _sources = ReadOnly.Empty<string>();

    /// <summary>The id, a lowercase slug such as <c>galina-ulanova</c>, not a composer's; required.</summary>
    public string? Id { get => _id; init => _id = value; }

    /// <summary>The usual English form of the name; required.</summary>
    public string? Name { get => _name; init => _name = value; }

    /// <summary>The name in the person's own language and script.</summary>
    public string? NativeName { get => _nativeName; init => _nativeName = value; }

    /// <summary>Other spellings accepted by name lookups.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ReadOnly.CopyOf(value, nameof(Aliases)); }

    /// <summary>The year of birth.</summary>
    public int? Born { get => _born; init => _born = value; }

    /// <summary>The year of death.</summary>
    public int? Died { get => _died; init => _died = value; }

    /// <summary>Absolute http or https URLs where the name and life years were checked.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = ReadOnly.CopyOf(value, nameof(Sources)); }
}
