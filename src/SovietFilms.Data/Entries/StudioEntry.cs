using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A studio as given to a <see cref="FilmCatalogBuilder"/>, before it is checked: the fields of the format, with
/// the country still a code. Immutable once made; its lists are copies.
/// </summary>
/// <remarks>Being a record, an entry supports <c>with</c>; two entries are equal when their values are, and their lists only when they are the same list objects.</remarks>
public sealed record StudioEntry
{
    internal string? _id;
    internal string? _name;
    internal string? _nativeName;
    internal IReadOnlyList<string> _aliases = ReadOnly.Empty<string>();
    internal string? _city;
    internal string? _country;
    internal IReadOnlyList<string> _sources = ReadOnly.Empty<string>();

    /// <summary>The id, a lowercase slug such as <c>mosfilm</c>; required.</summary>
    public string? Id { get => _id; init => _id = value; }

    /// <summary>The usual English name; required.</summary>
    public string? Name { get => _name; init => _name = value; }

    /// <summary>The name in its own language and script.</summary>
    public string? NativeName { get => _nativeName; init => _nativeName = value; }

    /// <summary>Other names accepted by name lookups.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = ReadOnly.CopyOf(value, nameof(Aliases)); }

    /// <summary>The city, in English.</summary>
    public string? City { get => _city; init => _city = value; }

    /// <summary>The ISO 3166 alpha-2 code of the studio's country at the time of its films, historical ones included (<c>SU</c>).</summary>
    public string? Country { get => _country; init => _country = value; }

    /// <summary>Absolute http or https URLs where the studio's names and place were checked.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = ReadOnly.CopyOf(value, nameof(Sources)); }
}
