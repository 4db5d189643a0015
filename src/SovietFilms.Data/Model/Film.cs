using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A film in the catalogue, with every value taken from the cited <see cref="Sources"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Values the sources do not give are absent: <see langword="null"/> or an empty list. An
/// <see cref="VerificationStatus.Unconfirmed"/> entry of the curator's selection has no year, kind, country,
/// studio, director or cast, because no matching film was found.
/// </remarks>
public sealed class Film
{
    internal Film(
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
        IReadOnlyList<ComposerCredit> composers,
        IReadOnlyList<Work> featuredWorks,
        string summary,
        string? description,
        string? listedAs,
        IReadOnlyList<FilmFact> facts,
        VerificationStatus verification,
        string? verificationNote,
        string? imdbId,
        IReadOnlyList<Uri> sources)
    {
        Id = id;
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
        FeaturedWorks = featuredWorks;
        Summary = summary;
        Description = description;
        ListedAs = listedAs;
        Facts = facts;
        Verification = verification;
        VerificationNote = verificationNote;
        ImdbId = imdbId;
        Sources = sources;
    }

    /// <summary>The stable identifier: a slug of the title and the year, such as <c>tchaikovsky-1970</c>.</summary>
    public string Id { get; }

    /// <summary>The usual English title.</summary>
    public string Title { get; }

    /// <summary>The title in the original language and script, such as "Чайковский", or <see langword="null"/>.</summary>
    public string? OriginalTitle { get; }

    /// <summary>Other titles the film is known by.</summary>
    public IReadOnlyList<string> AlternateTitles { get; }

    /// <summary>
    /// The year filmographies list the film under (its first release where known; a fact notes a different
    /// production year), or <see langword="null"/> for an unconfirmed entry.
    /// </summary>
    public int? Year { get; }

    /// <summary>The form of the film, or <see langword="null"/> for an unconfirmed entry.</summary>
    public FilmKind? Kind { get; }

    /// <summary>The production countries, co-productions in full.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The production studios.</summary>
    public IReadOnlyList<string> Studios { get; }

    /// <summary>The directors.</summary>
    public IReadOnlyList<string> Directors { get; }

    /// <summary>The leading cast, with roles where a source gives them.</summary>
    public IReadOnlyList<CastMember> Cast { get; }

    /// <summary>The running time in minutes, or <see langword="null"/> when no source gave it.</summary>
    public int? RuntimeMinutes { get; }

    /// <summary>What the film is about, from the documented vocabulary.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>The composers of the film, each with a role; a composer may appear in more than one role.</summary>
    public IReadOnlyList<ComposerCredit> Composers { get; }

    /// <summary>The musical works performed or filmed.</summary>
    public IReadOnlyList<Work> FeaturedWorks { get; }

    /// <summary>A neutral summary in our own words.</summary>
    public string Summary { get; }

    /// <summary>The curator's description, as written, for films of the curator's selection; otherwise <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The title and year under which the curator's selection lists the film, such as "Tchaikovsky (1969)"; otherwise <see langword="null"/>.</summary>
    public string? ListedAs { get; }

    /// <summary>Claims made about the film, each with its status and sources.</summary>
    public IReadOnlyList<FilmFact> Facts { get; }

    /// <summary>How far sources confirm the film.</summary>
    public VerificationStatus Verification { get; }

    /// <summary>What was corrected, or for an unconfirmed entry the likely confusions; otherwise <see langword="null"/>.</summary>
    public string? VerificationNote { get; }

    /// <summary>The IMDb identifier, such as <c>tt0065127</c>, where a source showed it; otherwise <see langword="null"/>.</summary>
    public string? ImdbId { get; }

    /// <summary>Where the film's data was read: absolute http or https URLs, at least one.</summary>
    public IReadOnlyList<Uri> Sources { get; }

    /// <summary>Returns the title and year, such as "Tchaikovsky (1970)".</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => Year is { } year ? $"{Title} ({year})" : Title;
}
