namespace SovietFilms.Data;

/// <summary>
/// One result of <see cref="FilmCatalog.Search"/>: a film, a composer, another person or a studio, with how it
/// matched and a score. Exactly one of <see cref="Film"/>, <see cref="Composer"/>, <see cref="Person"/> and
/// <see cref="Studio"/> is set. Immutable.
/// </summary>
public sealed class SearchHit
{
    internal SearchHit(object found, SearchMatch match, string matchedText, double score)
    {
        Film = found as Film;
        Composer = found as Composer;
        Person = found is Composer ? null : found as Person;
        Studio = found as Studio;
        Match = match;
        MatchedText = matchedText;
        Score = score;
    }

    /// <summary>The film found, or <see langword="null"/> when the hit is not a film.</summary>
    public Film? Film { get; }

    /// <summary>The composer found, or <see langword="null"/> when the hit is not a composer.</summary>
    public Composer? Composer { get; }

    /// <summary>The person found who is not a composer (a director, performer, conductor), or <see langword="null"/>.</summary>
    public Person? Person { get; }

    /// <summary>The studio found, or <see langword="null"/>.</summary>
    public Studio? Studio { get; }

    /// <summary>How the text matched.</summary>
    public SearchMatch Match { get; }

    /// <summary>The name or title that matched, as the catalogue writes it.</summary>
    public string MatchedText { get; }

    /// <summary>
    /// The strength of the match, from 0 to 1: 1 for an exact match, 0.9 for an alias, 0.6 to 0.7 for a
    /// prefix, 0.4 to 0.5 for a substring and 0.2 to 0.3 for a near miss, higher where more of the name is matched.
    /// </summary>
    public double Score { get; }

    /// <summary>Returns what was found and how, such as "Composer Pyotr Ilyich Tchaikovsky (NearMiss on Pyotr Ilyich Tchaikovsky, 0.30)".</summary>
    /// <returns>A short description for display and debugging.</returns>
    public override string ToString() =>
        (Film is not null ? $"Film {Film}" : Composer is not null ? $"Composer {Composer}" : Person is not null ? $"Person {Person}" : $"Studio {Studio}")
        + $" ({Match} on {MatchedText}, {Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}
