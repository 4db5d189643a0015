using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A film as given to a <see cref="FilmCatalogBuilder"/>, before it is checked: the fields of the format, with
/// composers, works and countries still as ids and codes. Immutable once made; its lists are copies.
/// </summary>
/// <example>
/// <code>
/// var film = new FilmEntry
/// {
///     Id = "swan-lake-1957", Title = "Swan Lake", Year = 1957, Kind = FilmKind.Feature,
///     Themes = [Theme.Ballet], Composers = [new CreditEntry("tchaikovsky", ComposerRole.Music)],
///     Summary = "A filmed ballet.", Verification = VerificationStatus.Verified,
///     Sources = ["https://www.imdb.com/title/tt0050952/"],
/// };
/// </code>
/// </example>
/// <remarks>Being a record, an entry supports <c>with</c>; two entries are equal when their values are, and their lists only when they are the same list objects.</remarks>
public sealed record FilmEntry
{
    internal string? _id;
    internal string? _title;
    internal string? _originalTitle;
    internal IReadOnlyList<string> _alternateTitles = ReadOnly.Empty<string>();
    internal int? _year;
    internal FilmKind? _kind;
    internal IReadOnlyList<string> _countries = ReadOnly.Empty<string>();
    internal IReadOnlyList<string> _studios = ReadOnly.Empty<string>();
    internal IReadOnlyList<PersonCreditEntry> _credits = ReadOnly.Empty<PersonCreditEntry>();
    internal int? _runtimeMinutes;
    internal IReadOnlyList<Theme> _themes = ReadOnly.Empty<Theme>();
    internal IReadOnlyList<CreditEntry> _composers = ReadOnly.Empty<CreditEntry>();
    internal IReadOnlyList<string> _works = ReadOnly.Empty<string>();
    internal string? _summary;
    internal string? _description;
    internal string? _listedAs;
    internal IReadOnlyList<FactEntry> _facts = ReadOnly.Empty<FactEntry>();
    internal VerificationStatus? _verification;
    internal string? _verificationNote;
    internal string? _imdbId;
    internal IReadOnlyList<string> _sources = ReadOnly.Empty<string>();

    // Format 1's names of directors and cast, which its reader turns into credits of people made for them.
    internal IReadOnlyList<string> _formatOneDirectors = ReadOnly.Empty<string>();
    internal IReadOnlyList<Reading.FormatOneCastMember> _formatOneCast = ReadOnly.Empty<Reading.FormatOneCastMember>();

    /// <summary>The id: a slug of the title and the year, such as <c>tchaikovsky-1970</c>; required.</summary>
    public string? Id { get => _id; init => _id = value; }

    /// <summary>The usual English title; required.</summary>
    public string? Title { get => _title; init => _title = value; }

    /// <summary>The title in the original language and script.</summary>
    public string? OriginalTitle { get => _originalTitle; init => _originalTitle = value; }

    /// <summary>Other titles the film is known by.</summary>
    public IReadOnlyList<string> AlternateTitles { get => _alternateTitles; init => _alternateTitles = ReadOnly.CopyOf(value, nameof(AlternateTitles)); }

    /// <summary>The year filmographies list the film under, from 1888 to next year; required unless the film is unconfirmed.</summary>
    public int? Year { get => _year; init => _year = value; }

    /// <summary>The form of the film; required unless the film is unconfirmed.</summary>
    public FilmKind? Kind { get => _kind; init => _kind = value; }

    /// <summary>ISO 3166 alpha-2 codes of the production countries, historical ones included (<c>SU</c>).</summary>
    public IReadOnlyList<string> Countries { get => _countries; init => _countries = ReadOnly.CopyOf(value, nameof(Countries)); }

    /// <summary>The ids of the production studios, each a studio of the same catalogue; none for an unconfirmed film.</summary>
    public IReadOnlyList<string> Studios { get => _studios; init => _studios = ReadOnly.CopyOf(value, nameof(Studios)); }

    /// <summary>The people of the film (directors, cast, singers, dancers, conductors), each by id with a role; none for an unconfirmed film.</summary>
    public IReadOnlyList<PersonCreditEntry> Credits { get => _credits; init => _credits = ReadOnly.CopyOf(value, nameof(Credits)); }

    /// <summary>The running time in minutes, from 1 to 10,000.</summary>
    public int? RuntimeMinutes { get => _runtimeMinutes; init => _runtimeMinutes = value; }

    /// <summary>What the film is about; no theme twice.</summary>
    public IReadOnlyList<Theme> Themes { get => _themes; init => _themes = ReadOnly.CopyOf(value, nameof(Themes)); }

    /// <summary>The composers, by id, with their roles; no credit twice.</summary>
    public IReadOnlyList<CreditEntry> Composers { get => _composers; init => _composers = ReadOnly.CopyOf(value, nameof(Composers)); }

    /// <summary>The ids of the featured works, each a work of the same catalogue.</summary>
    public IReadOnlyList<string> Works { get => _works; init => _works = ReadOnly.CopyOf(value, nameof(Works)); }

    /// <summary>A neutral summary in our own words; required.</summary>
    public string? Summary { get => _summary; init => _summary = value; }

    /// <summary>The curator's description, for films of the curator's selection.</summary>
    public string? Description { get => _description; init => _description = value; }

    /// <summary>The title and year under which the curator's selection lists the film.</summary>
    public string? ListedAs { get => _listedAs; init => _listedAs = value; }

    /// <summary>Claims made about the film.</summary>
    public IReadOnlyList<FactEntry> Facts { get => _facts; init => _facts = ReadOnly.CopyOf(value, nameof(Facts)); }

    /// <summary>How far sources confirm the film; required.</summary>
    public VerificationStatus? Verification { get => _verification; init => _verification = value; }

    /// <summary>What was corrected, or the likely confusions; required unless the film is verified.</summary>
    public string? VerificationNote { get => _verificationNote; init => _verificationNote = value; }

    /// <summary>The IMDb title id, such as <c>tt0065127</c>.</summary>
    public string? ImdbId { get => _imdbId; init => _imdbId = value; }

    /// <summary>Absolute http or https URLs where the film's data was read; at least one.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = ReadOnly.CopyOf(value, nameof(Sources)); }
}
