using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Querying;

/// <summary>One condition of a <see cref="FilmQuery"/>.</summary>
internal abstract class FilmFilter
{
    public abstract bool Matches(Film film);

    /// <summary>
    /// The films an index says may match, in catalogue order, or <see langword="null"/> when no index helps.
    /// A query starts from the shortest such list and checks the other filters on it.
    /// </summary>
    public virtual IReadOnlyList<Film>? Candidates(FilmIndex index) => null;

    /// <summary>Whether every film of <see cref="Candidates"/> matches, so the query need not check this filter again.</summary>
    public virtual bool CandidatesAreExact => false;
}

internal sealed class YearFilter(int from, int to) : FilmFilter
{
    public override bool Matches(Film film) => film.Year is { } year && year >= from && year <= to;

    public override IReadOnlyList<Film> Candidates(FilmIndex index) => index.ReleasedBetween(from, to);

    public override bool CandidatesAreExact => true;
}

internal sealed class AllThemesFilter(Theme[] themes) : FilmFilter
{
    public override bool Matches(Film film) => themes.All(film.Themes.Contains);

    public override IReadOnlyList<Film> Candidates(FilmIndex index)
    {
        var smallest = index.WithTheme(themes[0]);
        for (var i = 1; i < themes.Length; i++)
        {
            var other = index.WithTheme(themes[i]);
            if (other.Count < smallest.Count)
            {
                smallest = other;
            }
        }

        return smallest;
    }

    public override bool CandidatesAreExact => themes.Length == 1;
}

internal sealed class KindFilter(FilmKind kind) : FilmFilter
{
    public override bool Matches(Film film) => film.Kind == kind;

    public override IReadOnlyList<Film> Candidates(FilmIndex index) => index.OfKind(kind);

    public override bool CandidatesAreExact => true;
}

internal sealed class AnyThemeFilter(Theme[] themes) : FilmFilter
{
    public override bool Matches(Film film) => themes.Any(film.Themes.Contains);
}

internal sealed class ComposerFilter(IReadOnlyList<Composer> composers, ComposerRole? role) : FilmFilter
{
    // A set, as a surname can name thousands of namesakes and each film asks for each of its credits; made on the
    // first film checked, since a filter that drives the query through its candidates checks none. A race makes two
    // equal sets, and one is kept.
    private HashSet<Composer>? named;

    public override bool Matches(Film film)
    {
        var set = named ??= [.. composers];
        return film.Composers.Any(c => (role is null || c.Role == role) && set.Contains(c.Composer));
    }

    // A name that matches nothing matches no film; one that names a single composer has its own list.
    public override IReadOnlyList<Film>? Candidates(FilmIndex index) => composers.Count switch
    {
        0 => [],
        1 => index.WithComposer(composers[0], role),
        _ => null,
    };

    public override bool CandidatesAreExact => composers.Count <= 1;
}

internal sealed class PersonFilter(IReadOnlyList<Person> people, PersonRole? role) : FilmFilter
{
    // A set made on the first film checked, as in ComposerFilter.
    private HashSet<Person>? named;

    public override bool Matches(Film film)
    {
        var set = named ??= [.. people];
        return film.Credits.Any(c => (role is null || c.Role == role) && set.Contains(c.Person));
    }

    public override IReadOnlyList<Film>? Candidates(FilmIndex index) => people.Count switch
    {
        0 => [],
        1 => index.WithPerson(people[0], role),
        _ => null,
    };

    public override bool CandidatesAreExact => people.Count <= 1;
}

internal sealed class StudioFilter(IReadOnlyList<Studio> studios) : FilmFilter
{
    public override bool Matches(Film film) => film.Studios.Any(studios.Contains);

    public override IReadOnlyList<Film>? Candidates(FilmIndex index) => studios.Count switch
    {
        0 => [],
        1 => index.FromStudio(studios[0]),
        _ => null,
    };

    public override bool CandidatesAreExact => studios.Count <= 1;
}

internal sealed class CountryFilter(string code) : FilmFilter
{
    public override bool Matches(Film film) => film.Countries.Any(c => c.Code == code);

    public override IReadOnlyList<Film> Candidates(FilmIndex index) => index.FromCountry(code);

    public override bool CandidatesAreExact => true;
}

internal sealed class WorkFilter(IReadOnlyList<Work> works) : FilmFilter
{
    public override bool Matches(Film film) => film.FeaturedWorks.Any(works.Contains);

    public override IReadOnlyList<Film>? Candidates(FilmIndex index) => works.Count switch
    {
        0 => [],
        1 => index.FeaturingWork(works[0]),
        _ => null,
    };

    public override bool CandidatesAreExact => works.Count <= 1;
}

internal sealed class TitleFilter(string normalizedText, FilmIndex index) : FilmFilter
{
    public override bool Matches(Film film) => index.NormalizedTitles(film).Any(title => title.Contains(normalizedText));
}

internal sealed class VerifiedFilter : FilmFilter
{
    public static readonly VerifiedFilter Instance = new();

    public override bool Matches(Film film) => film.Verification != VerificationStatus.Unconfirmed;
}
