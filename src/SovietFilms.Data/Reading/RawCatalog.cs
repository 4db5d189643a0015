using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Reading;

// What the reader makes of the JSON: values checked for type and form, references to other entries still
// as ids. The validator checks the references; the builder then turns these into the public model.

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

internal sealed record RawComposer(
    string Place,
    string Id,
    string Name,
    string? NativeName,
    IReadOnlyList<string> Aliases,
    int? Born,
    int? Died,
    IReadOnlyList<Uri> Sources);

internal sealed record RawWork(
    string Place,
    string Id,
    string ComposerId,
    string Title,
    string? OriginalTitle,
    IReadOnlyList<string> AlternateTitles,
    IReadOnlyList<Uri> Sources);

internal sealed record RawCredit(string Place, string ComposerId, ComposerRole Role);

internal sealed record RawReference(string Place, string Id);

internal sealed record RawFilm(
    string Place,
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
    IReadOnlyList<RawReference> Works,
    string Summary,
    string? Description,
    string? ListedAs,
    IReadOnlyList<FilmFact> Facts,
    VerificationStatus Verification,
    string? VerificationNote,
    string? ImdbId,
    IReadOnlyList<Uri> Sources);

internal sealed record RawSelection(
    string Place,
    string Id,
    string Title,
    string? Introduction,
    IReadOnlyList<RawReference> Films);
