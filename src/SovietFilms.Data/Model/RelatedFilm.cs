using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SovietFilms.Data;

/// <summary>
/// A film related to another by what they share, as returned by <see cref="FilmCatalog.Related"/>: the shared
/// things are listed, so a user sees why. Immutable.
/// </summary>
public sealed class RelatedFilm
{
    internal RelatedFilm(
        Film film,
        double score,
        IReadOnlyList<Work> sharedWorks,
        IReadOnlyList<Composer> sharedComposers,
        IReadOnlyList<PersonCredit> sharedPeople,
        IReadOnlyList<Theme> sharedThemes,
        bool sameTitle,
        bool sameDecade)
    {
        SameTitle = sameTitle;
        Film = film;
        Score = score;
        SharedWorks = sharedWorks;
        SharedComposers = sharedComposers;
        SharedPeople = sharedPeople;
        SharedThemes = sharedThemes;
        SameDecade = sameDecade;
    }

    /// <summary>The related film.</summary>
    public Film Film { get; }

    /// <summary>
    /// How closely the films are related: for works, composers, directors, other people (cast, voices, dancers,
    /// conductors) and themes, the share of the two films' values that both have, weighted 5, 3, 3, 2 and 1, plus 2 for
    /// the same title and 0.5 for the same decade. Higher is closer.
    /// </summary>
    public double Score { get; }

    /// <summary>The featured works both films have.</summary>
    public IReadOnlyList<Work> SharedWorks { get; }

    /// <summary>The composers both films credit, in any role.</summary>
    public IReadOnlyList<Composer> SharedComposers { get; }

    /// <summary>
    /// The people credited in both films, each once, by a credit of the related film (its director credit, for a
    /// person who directed both), so its role says how the person takes part there.
    /// </summary>
    public IReadOnlyList<PersonCredit> SharedPeople { get; }

    /// <summary>The themes both films have.</summary>
    public IReadOnlyList<Theme> SharedThemes { get; }

    /// <summary>Whether the films have the same English or original title: another production of the same story or work.</summary>
    public bool SameTitle { get; }

    /// <summary>Whether both films are of the same decade; this counts only beside something else shared.</summary>
    public bool SameDecade { get; }

    /// <summary>What the films share, in words, such as "same title; work Swan Lake; composer Pyotr Ilyich Tchaikovsky; dancer Galina Ulanova; theme Ballet".</summary>
    /// <returns>The shared things, most telling first.</returns>
    public string Reasons() => string.Join("; ", (SameTitle ? ["same title"] : Enumerable.Empty<string>())
        .Concat(SharedWorks.Select(w => $"work {w.Title}"))
        .Concat(SharedComposers.Select(c => $"composer {c.Name}"))
        .Concat(SharedPeople.Select(c => $"{DataNames.Format(c.Role)} {c.Person.Name}"))
        .Concat(SharedThemes.Select(t => $"theme {t}"))
        .Concat(SameDecade ? ["same decade"] : []));

    /// <summary>Returns the film and why it is related.</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => $"{Film} ({Score.ToString("0.00", CultureInfo.InvariantCulture)}): {Reasons()}";
}
