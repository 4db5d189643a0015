using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A film in the catalogue, with every value taken from the cited <see cref="Sources"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Values the sources do not give are absent: <see langword="null"/> or an empty list. An
/// <see cref="VerificationStatus.Unconfirmed"/> entry of the curator's selection has no year, kind, country,
/// studio or credit, because no matching film was found.
/// </remarks>
public sealed class Film
{
    private IReadOnlyList<Uri>? sources;

    /// <summary>Makes the film of a checked entry, with the composers and works its entry names.</summary>
    internal Film(FilmEntry entry, IReadOnlyList<ComposerCredit> composers, IReadOnlyList<Work> featuredWorks, IReadOnlyList<PersonCredit> credits, IReadOnlyList<Studio> studios)
    {
        Entry = entry;
        Composers = composers;
        FeaturedWorks = featuredWorks;
        Credits = credits;
        Studios = studios;
        var countries = new Country[entry._countries.Count];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = Country.FromCode(entry._countries[i]);
        }

        Countries = ReadOnly.Wrap(countries);
        var facts = new FilmFact[entry._facts.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new FilmFact(entry._facts[i]);
        }

        Facts = ReadOnly.Wrap(facts);
    }

    /// <summary>The checked entry this film was made from; what the writers write.</summary>
    internal FilmEntry Entry { get; }

    /// <summary>The stable identifier: a slug of the title and the year, such as <c>tchaikovsky-1970</c>.</summary>
    public string Id => Entry._id!;

    /// <summary>The usual English title.</summary>
    public string Title => Entry._title!;

    /// <summary>The title in the original language and script, such as "Чайковский", or <see langword="null"/>.</summary>
    public string? OriginalTitle => Entry._originalTitle;

    /// <summary>Other titles the film is known by.</summary>
    public IReadOnlyList<string> AlternateTitles => Entry._alternateTitles;

    /// <summary>
    /// The year filmographies list the film under (its first release where known; a fact notes a different
    /// production year), or <see langword="null"/> for an unconfirmed entry.
    /// </summary>
    public int? Year => Entry._year;

    /// <summary>The form of the film, or <see langword="null"/> for an unconfirmed entry.</summary>
    public FilmKind? Kind => Entry._kind;

    /// <summary>The production countries, co-productions in full.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The production studios.</summary>
    public IReadOnlyList<Studio> Studios { get; }

    /// <summary>
    /// The people of the film, each with a role: directors, then the cast, singers, dancers and conductors as the
    /// data lists them; a singing voice names the performer it sang for.
    /// </summary>
    public IReadOnlyList<PersonCredit> Credits { get; }

    /// <summary>The running time in minutes, or <see langword="null"/> when no source gave it.</summary>
    public int? RuntimeMinutes => Entry._runtimeMinutes;

    /// <summary>What the film is about, from the documented vocabulary.</summary>
    public IReadOnlyList<Theme> Themes => Entry._themes;

    /// <summary>The composers of the film, each with a role; a composer may appear in more than one role.</summary>
    public IReadOnlyList<ComposerCredit> Composers { get; }

    /// <summary>The musical works performed or filmed.</summary>
    public IReadOnlyList<Work> FeaturedWorks { get; }

    /// <summary>A neutral summary in our own words.</summary>
    public string Summary => Entry._summary!;

    /// <summary>The curator's description, as written, for films of the curator's selection; otherwise <see langword="null"/>.</summary>
    public string? Description => Entry._description;

    /// <summary>The title and year under which the curator's selection lists the film, such as "Tchaikovsky (1969)"; otherwise <see langword="null"/>.</summary>
    public string? ListedAs => Entry._listedAs;

    /// <summary>Claims made about the film, each with its status and sources.</summary>
    public IReadOnlyList<FilmFact> Facts { get; }

    /// <summary>How far sources confirm the film.</summary>
    public VerificationStatus Verification => Entry._verification!.Value;

    /// <summary>What was corrected, or for an unconfirmed entry the likely confusions; otherwise <see langword="null"/>.</summary>
    public string? VerificationNote => Entry._verificationNote;

    /// <summary>The IMDb identifier, such as <c>tt0065127</c>, where a source showed it; otherwise <see langword="null"/>.</summary>
    public string? ImdbId => Entry._imdbId;

    /// <summary>Where the film's data was read: absolute http or https URLs, at least one.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, Entry._sources);

    /// <summary>Returns the title and year, such as "Tchaikovsky (1970)".</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => Year is { } year ? $"{Title} ({year})" : Title;
}
