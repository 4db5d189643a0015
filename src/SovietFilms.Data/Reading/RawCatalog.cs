using System;
using System.Collections.Generic;
using System.Globalization;

namespace SovietFilms.Data.Reading;

// What the reader makes of the JSON: values checked for type and form, references to other entries still
// as ids. The validator checks the references; the builder then turns these into the public model. Each entry
// keeps its position in its list, from which its place is made for a problem: a catalogue that loads makes none.
// Plain fields, not properties: a getter is one more method for the JIT to compile on the first load.

internal sealed class RawCatalog
{
    public RawCatalog(
        string dataVersion,
        SetAsideIds setAside,
        IReadOnlyList<RawComposer> composers,
        IReadOnlyList<RawWork> works,
        IReadOnlyList<RawFilm> films,
        IReadOnlyList<RawSelection> selections)
    {
        DataVersion = dataVersion;
        SetAside = setAside;
        Composers = composers;
        Works = works;
        Films = films;
        Selections = selections;
    }

    public readonly string DataVersion;

    public readonly SetAsideIds SetAside;

    public readonly IReadOnlyList<RawComposer> Composers;

    public readonly IReadOnlyList<RawWork> Works;

    public readonly IReadOnlyList<RawFilm> Films;

    public readonly IReadOnlyList<RawSelection> Selections;
}

/// <summary>
/// The ids of entries set aside for problems of their own. They are reported once; references to them still
/// count as resolved, so one bad entry does not also make every reference to it an error.
/// </summary>
internal sealed class SetAsideIds
{
    public readonly HashSet<string> Composers = new(StringComparer.Ordinal);

    public readonly HashSet<string> Works = new(StringComparer.Ordinal);

    public readonly HashSet<string> Films = new(StringComparer.Ordinal);
}

/// <summary>An entry of one of the catalogue's lists: what problems about it are labelled with.</summary>
internal abstract class RawEntry(int index, string id)
{
    public readonly int Index = index;

    public readonly string Id = id;

    /// <summary>The entry's JSON path with its id, such as <c>$.films[3] (film "tchaikovsky-1970")</c>.</summary>
    public string Place => $"$.{List}[{Index.ToString(CultureInfo.InvariantCulture)}]{Label(What, Id)}";

    protected abstract string List { get; }

    protected abstract string What { get; }

    public static string Label(string what, string id) => $" ({what} \"{id}\")";
}

internal sealed class RawComposer : RawEntry
{
    public RawComposer(
        int index,
        string id,
        string name,
        string? nativeName,
        IReadOnlyList<string> aliases,
        int? born,
        int? died,
        IReadOnlyList<Uri> sources)
        : base(index, id)
    {
        Name = name;
        NativeName = nativeName;
        Aliases = aliases;
        Born = born;
        Died = died;
        Sources = sources;
    }

    public readonly string Name;

    public readonly string? NativeName;

    public readonly IReadOnlyList<string> Aliases;

    public readonly int? Born;

    public readonly int? Died;

    public readonly IReadOnlyList<Uri> Sources;

    protected override string List => "composers";

    protected override string What => "composer";
}

internal sealed class RawWork : RawEntry
{
    public RawWork(
        int index,
        string id,
        string composerId,
        string title,
        string? originalTitle,
        IReadOnlyList<string> alternateTitles,
        IReadOnlyList<Uri> sources)
        : base(index, id)
    {
        ComposerId = composerId;
        Title = title;
        OriginalTitle = originalTitle;
        AlternateTitles = alternateTitles;
        Sources = sources;
    }

    public readonly string ComposerId;

    public readonly string Title;

    public readonly string? OriginalTitle;

    public readonly IReadOnlyList<string> AlternateTitles;

    public readonly IReadOnlyList<Uri> Sources;

    protected override string List => "works";

    protected override string What => "work";
}

internal sealed class RawCredit
{
    public RawCredit(string composerId, ComposerRole role)
    {
        ComposerId = composerId;
        Role = role;
    }

    public readonly string ComposerId;

    public readonly ComposerRole Role;
}

internal sealed class RawFilm : RawEntry
{
    public RawFilm(
        int index,
        string id,
        string title,
        string? originalTitle,
        IReadOnlyList<string> alternateTitles,
        int? year,
        FilmKind? kind,
        IReadOnlyList<Country> countries,
        IReadOnlyList<string> studios,
        IReadOnlyList<string> directors,
        IReadOnlyList<CastMember> cast,
        int? runtimeMinutes,
        IReadOnlyList<Theme> themes,
        IReadOnlyList<RawCredit> composers,
        IReadOnlyList<string> workIds,
        string summary,
        string? description,
        string? listedAs,
        IReadOnlyList<FilmFact> facts,
        VerificationStatus verification,
        string? verificationNote,
        string? imdbId,
        IReadOnlyList<Uri> sources)
        : base(index, id)
    {
        Title = title;
        OriginalTitle = originalTitle;
        AlternateTitles = alternateTitles;
        Year = year;
        Kind = kind;
        Countries = countries;
        Studios = studios;
        Directors = directors;
        Cast = cast;
        RuntimeMinutes = runtimeMinutes;
        Themes = themes;
        Composers = composers;
        WorkIds = workIds;
        Summary = summary;
        Description = description;
        ListedAs = listedAs;
        Facts = facts;
        Verification = verification;
        VerificationNote = verificationNote;
        ImdbId = imdbId;
        Sources = sources;
    }

    public readonly string Title;

    public readonly string? OriginalTitle;

    public readonly IReadOnlyList<string> AlternateTitles;

    public readonly int? Year;

    public readonly FilmKind? Kind;

    public readonly IReadOnlyList<Country> Countries;

    public readonly IReadOnlyList<string> Studios;

    public readonly IReadOnlyList<string> Directors;

    public readonly IReadOnlyList<CastMember> Cast;

    public readonly int? RuntimeMinutes;

    public readonly IReadOnlyList<Theme> Themes;

    public readonly IReadOnlyList<RawCredit> Composers;

    public readonly IReadOnlyList<string> WorkIds;

    public readonly string Summary;

    public readonly string? Description;

    public readonly string? ListedAs;

    public readonly IReadOnlyList<FilmFact> Facts;

    public readonly VerificationStatus Verification;

    public readonly string? VerificationNote;

    public readonly string? ImdbId;

    public readonly IReadOnlyList<Uri> Sources;

    protected override string List => "films";

    protected override string What => "film";
}

internal sealed class RawSelection : RawEntry
{
    public RawSelection(int index, string id, string title, string? introduction, IReadOnlyList<string> filmIds)
        : base(index, id)
    {
        Title = title;
        Introduction = introduction;
        FilmIds = filmIds;
    }

    public readonly string Title;

    public readonly string? Introduction;

    public readonly IReadOnlyList<string> FilmIds;

    protected override string List => "selections";

    protected override string What => "selection";
}
