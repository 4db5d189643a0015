using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// The film indexes a query starts from. Every list keeps the catalogue's order (<see cref="FilmOrder"/>), so a
/// query's result needs no sorting. The indexes every first query may need (year, theme, kind, composer) are
/// built with the catalogue, in single passes; the rest (composer by role, work, person, studio, country, normalized titles) are built
/// on first use, once, thread-safely, so that loading stays cheap.
/// </summary>
internal sealed class FilmIndex
{
    private readonly Film[] films;
    private readonly int[] years;
    private readonly Film[][] byTheme;
    private readonly Film[][] byKind;
    private readonly Dictionary<Composer, Film[]> byComposer;
    private readonly Lazy<Dictionary<Composer, Film[]>[]> byComposerRole;
    private readonly Lazy<Dictionary<Work, Film[]>> byWork;
    private readonly Lazy<Dictionary<Person, Film[]>[]> byPersonRole;
    private readonly Lazy<Dictionary<Person, Film[]>> byPerson;
    private readonly Lazy<Dictionary<Studio, Film[]>> byStudio;
    private readonly Lazy<Dictionary<string, Film[]>> byCountry;
    private readonly Lazy<Dictionary<Film, string[]>> normalizedTitles;

    /// <param name="films">The films, already in <see cref="FilmOrder"/>.</param>
    public FilmIndex(Film[] films)
    {
        this.films = films;
        years = new int[films.Length];
        var themes = Buckets(Enums.Themes);
        var kinds = Buckets(Enums.FilmKinds);
        var composers = new Dictionary<Composer, List<Film>>();
        for (var i = 0; i < films.Length; i++)
        {
            var film = films[i];
            years[i] = film.Year ?? int.MaxValue;
            foreach (var theme in film.Themes)
            {
                themes[(int)theme].Add(film);
            }

            if (film.Kind is { } kind)
            {
                kinds[(int)kind].Add(film);
            }

            foreach (var credit in film.Composers)
            {
                AddOnce(composers, credit.Composer, film);
            }
        }

        byTheme = ToArrays(themes);
        byKind = ToArrays(kinds);
        byComposer = ToArrays(composers);
        byComposerRole = new(() => BuildByRole(Enums.ComposerRoles, f => f.Composers.Select(c => (c.Composer, (int)c.Role))), LazyThreadSafetyMode.ExecutionAndPublication);
        byWork = new(() => Build<Work>(f => f.FeaturedWorks), LazyThreadSafetyMode.ExecutionAndPublication);
        byPerson = new(() => Build<Person>(f => f.Credits.Select(c => c.Person)), LazyThreadSafetyMode.ExecutionAndPublication);
        byPersonRole = new(() => BuildByRole(Enums.PersonRoles, f => f.Credits.Select(c => (c.Person, (int)c.Role))), LazyThreadSafetyMode.ExecutionAndPublication);
        byStudio = new(() => Build<Studio>(f => f.Studios), LazyThreadSafetyMode.ExecutionAndPublication);
        byCountry = new(() => Build<string>(f => f.Countries.Select(c => c.Code)), LazyThreadSafetyMode.ExecutionAndPublication);
        normalizedTitles = new(BuildNormalizedTitles, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<Film> All => films;

    /// <summary>The films released from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public IReadOnlyList<Film> ReleasedBetween(int from, int to)
    {
        var start = LowerBound(from);
        var end = LowerBound(to == int.MaxValue ? to : to + 1);
        return end > start ? new ArraySegment<Film>(films, start, end - start) : Array.Empty<Film>();
    }

    // Theme and kind values run from 0 without gaps, so they index the arrays directly.
    public IReadOnlyList<Film> WithTheme(Theme theme) => byTheme[(int)theme];

    public IReadOnlyList<Film> OfKind(FilmKind kind) => byKind[(int)kind];

    public IReadOnlyList<Film> WithComposer(Composer composer, ComposerRole? role)
    {
        var index = role is { } r ? byComposerRole.Value[(int)r] : byComposer;
        return index.TryGetValue(composer, out var found) ? found : Array.Empty<Film>();
    }

    /// <summary>The films that credit the person in the role, or in any role (a composer's composer credits are not person credits).</summary>
    public IReadOnlyList<Film> WithPerson(Person person, PersonRole? role)
    {
        var index = role is { } r ? byPersonRole.Value[(int)r] : byPerson.Value;
        return index.TryGetValue(person, out var found) ? found : Array.Empty<Film>();
    }

    public IReadOnlyList<Film> FromStudio(Studio studio) => byStudio.Value.TryGetValue(studio, out var found) ? found : Array.Empty<Film>();

    /// <summary>The films made in the country, by its ISO 3166 code.</summary>
    public IReadOnlyList<Film> FromCountry(string code) => byCountry.Value.TryGetValue(code, out var found) ? found : Array.Empty<Film>();

    public IReadOnlyList<Film> FeaturingWork(Work work) => byWork.Value.TryGetValue(work, out var found) ? found : Array.Empty<Film>();

    /// <summary>
    /// The film's titles in <see cref="NameNormalizer"/> form, computed once: the English title, then the original
    /// title if it has one, then the alternate titles.
    /// </summary>
    public IReadOnlyList<string> NormalizedTitles(Film film) => normalizedTitles.Value[film];

    /// <summary>Per role (the enum's value as index), the films that credit each key in that role.</summary>
    private Dictionary<TKey, Film[]>[] BuildByRole<TKey>(int roleCount, Func<Film, IEnumerable<(TKey Key, int Role)>> credits)
        where TKey : class
    {
        var roles = new Dictionary<TKey, List<Film>>[roleCount];
        for (var r = 0; r < roles.Length; r++)
        {
            roles[r] = [];
        }

        foreach (var film in films)
        {
            foreach (var (key, role) in credits(film))
            {
                AddOnce(roles[role], key, film);
            }
        }

        return Array.ConvertAll(roles, ToArrays);
    }

    private Dictionary<TKey, Film[]> Build<TKey>(Func<Film, IEnumerable<TKey>> keys)
        where TKey : class
    {
        var index = new Dictionary<TKey, List<Film>>();
        foreach (var film in films)
        {
            foreach (var key in keys(film))
            {
                AddOnce(index, key, film);
            }
        }

        return ToArrays(index);
    }

    private Dictionary<Film, string[]> BuildNormalizedTitles()
    {
        var titles = new Dictionary<Film, string[]>(films.Length);
        foreach (var film in films)
        {
            var normalized = new List<string>(2 + film.AlternateTitles.Count) { NameNormalizer.Normalize(film.Title) };
            if (film.OriginalTitle is { } original)
            {
                normalized.Add(NameNormalizer.Normalize(original));
            }

            foreach (var alternate in film.AlternateTitles)
            {
                normalized.Add(NameNormalizer.Normalize(alternate));
            }

            titles[film] = [.. normalized];
        }

        return titles;
    }

    /// <summary>Adds the film to the key's list unless it was the last one added (films arrive in order, each once).</summary>
    private static void AddOnce<TKey>(Dictionary<TKey, List<Film>> index, TKey key, Film film)
        where TKey : class
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], film))
        {
            list.Add(film);
        }
    }

    private static List<Film>[] Buckets(int count)
    {
        var buckets = new List<Film>[count];
        for (var i = 0; i < count; i++)
        {
            buckets[i] = [];
        }

        return buckets;
    }

    private static Film[][] ToArrays(List<Film>[] buckets)
    {
        var arrays = new Film[buckets.Length][];
        for (var i = 0; i < arrays.Length; i++)
        {
            arrays[i] = buckets[i].ToArray();
        }

        return arrays;
    }

    private static Dictionary<TKey, Film[]> ToArrays<TKey>(Dictionary<TKey, List<Film>> index)
        where TKey : class
    {
        var arrays = new Dictionary<TKey, Film[]>(index.Count);
        foreach (var pair in index)
        {
            arrays.Add(pair.Key, pair.Value.ToArray());
        }

        return arrays;
    }

    /// <summary>The first position whose year is at least <paramref name="year"/>.</summary>
    private int LowerBound(int year)
    {
        int low = 0, high = years.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (years[middle] < year)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
