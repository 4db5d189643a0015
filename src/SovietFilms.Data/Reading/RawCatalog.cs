using System;
using System.Collections.Generic;
using System.Globalization;

namespace SovietFilms.Data.Reading;

// What the reader makes of the JSON: values checked for type and form, references to other entries still
// as ids. The validator checks the references; the builder then turns these into the public model. Each entry
// keeps its position in its list, from which its place is made for a problem: a catalogue that loads makes none.

internal sealed record RawCatalog(
    string DataVersion,
    SetAsideIds SetAside,
    IReadOnlyList<RawComposer> Composers,
    IReadOnlyList<RawWork> Works,
    IReadOnlyList<RawFilm> Films,
    IReadOnlyList<RawSelection> Selections);

/// <summary>
/// The ids of entries set aside for problems of their own. They are reported once; references to them still
/// count as resolved, so one bad entry does not also make every reference to it an error.
/// </summary>
internal sealed class SetAsideIds
{
    public HashSet<string> Composers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Works { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Films { get; } = new(StringComparer.Ordinal);
}

/// <summary>An entry of one of the catalogue's lists: what problems about it are labelled with.</summary>
internal abstract record RawEntry(int Index, string Id)
{
    /// <summary>The entry's JSON path with its id, such as <c>$.films[3] (film "tchaikovsky-1970")</c>.</summary>
    public string Place => $"$.{List}[{Index.ToString(CultureInfo.InvariantCulture)}]{Label(What, Id)}";

    protected abstract string List { get; }

    protected abstract string What { get; }

    public static string Label(string what, string id) => $" ({what} \"{id}\")";
}

internal sealed record RawComposer(
    int Index,
    string Id,
    string Name,
    string? NativeName,
    IReadOnlyList<string> Aliases,
    int? Born,
    int? Died,
    IReadOnlyList<Uri> Sources) : RawEntry(Index, Id)
{
    protected override string List => "composers";

    protected override string What => "composer";
}

internal sealed record RawWork(
    int Index,
    string Id,
    string ComposerId,
    string Title,
    string? OriginalTitle,
    IReadOnlyList<string> AlternateTitles,
    IReadOnlyList<Uri> Sources) : RawEntry(Index, Id)
{
    protected override string List => "works";

    protected override string What => "work";
}

internal sealed record RawCredit(string ComposerId, ComposerRole Role);

internal sealed record RawFilm(
    int Index,
    string Id,
    string Title,
    string? OriginalTitle,
    IReadOnlyList<string> AlternateTitles,
    int? Year,
    FilmKind? Kind,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<string> Studios,
    IReadOnlyList<string> Directors,
    IReadOnlyList<CastMember> Cast,
    int? RuntimeMinutes,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<RawCredit> Composers,
    IReadOnlyList<string> WorkIds,
    string Summary,
    string? Description,
    string? ListedAs,
    IReadOnlyList<FilmFact> Facts,
    VerificationStatus Verification,
    string? VerificationNote,
    string? ImdbId,
    IReadOnlyList<Uri> Sources) : RawEntry(Index, Id)
{
    protected override string List => "films";

    protected override string What => "film";
}

internal sealed record RawSelection(
    int Index,
    string Id,
    string Title,
    string? Introduction,
    IReadOnlyList<string> FilmIds) : RawEntry(Index, Id)
{
    protected override string List => "selections";

    protected override string What => "selection";
}
