using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A musical work as given to a <see cref="FilmCatalogBuilder"/>, before it is checked. Immutable once made; its lists are copies.</summary>
/// <remarks>Being a record, an entry supports <c>with</c>; two entries are equal when their values are, and their lists only when they are the same list objects.</remarks>
public sealed record WorkEntry
{
    internal string? _id;
    internal string? _composer;
    internal string? _title;
    internal string? _originalTitle;
    internal IReadOnlyList<string> _alternateTitles = ReadOnly.Empty<string>();
    internal IReadOnlyList<string> _sources = ReadOnly.Empty<string>();

    /// <summary>The id: the composer's id and a slug of the title, such as <c>tchaikovsky-swan-lake</c>; required.</summary>
    public string? Id { get => _id; init => _id = value; }

    /// <summary>The id of the work's composer, who must be an entry of the same catalogue; required.</summary>
    public string? Composer { get => _composer; init => _composer = value; }

    /// <summary>The usual English title; required.</summary>
    public string? Title { get => _title; init => _title = value; }

    /// <summary>The title in the composer's language.</summary>
    public string? OriginalTitle { get => _originalTitle; init => _originalTitle = value; }

    /// <summary>Other usual titles.</summary>
    public IReadOnlyList<string> AlternateTitles { get => _alternateTitles; init => _alternateTitles = ReadOnly.CopyOf(value, nameof(AlternateTitles)); }

    /// <summary>Absolute http or https URLs where the titles were checked; may be empty.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = ReadOnly.CopyOf(value, nameof(Sources)); }
}
