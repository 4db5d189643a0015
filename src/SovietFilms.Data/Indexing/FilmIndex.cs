using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// The film indexes a query starts from, built once when a catalogue is created. Every list keeps the
/// catalogue's order (<see cref="FilmOrder"/>), so a query's result needs no sorting.
/// </summary>
internal sealed class FilmIndex
{
    private readonly Film[] films;
    private readonly int[] years;
    private readonly Film[][] byTheme;
    private readonly Film[][] byKind;
    private readonly Dictionary<Composer, Film[]> byComposer;
    private readonly Dictionary<(Composer Composer, ComposerRole Role), Film[]> byComposerRole;
    private readonly Dictionary<Work, Film[]> byWork;
    private readonly Dictionary<Film, string[]> normalizedTitles;

    /// <param name="films">The films, already in <see cref="FilmOrder"/>.</param>
    public FilmIndex(Film[] films)
    {
        this.films = films;
        years = films.Select(f => f.Year ?? int.MaxValue).ToArray();

#if NET
        var themes = Enum.GetValues<Theme>();
#else
        var themes = (Theme[])Enum.GetValues(typeof(Theme));
#endif
        byTheme = new Film[themes.Length][];
        foreach (var theme in themes)
        {
            byTheme[(int)theme] = films.Where(f => f.Themes.Contains(theme)).ToArray();
        }

#if NET
        var kinds = Enum.GetValues<FilmKind>();
#else
        var kinds = (FilmKind[])Enum.GetValues(typeof(FilmKind));
#endif
        byKind = new Film[kinds.Length][];
        foreach (var kind in kinds)
        {
            byKind[(int)kind] = films.Where(f => f.Kind == kind).ToArray();
        }

        byComposer = films
            .SelectMany(f => f.Composers.Select(c => (c.Composer, Film: f)))
            .GroupBy(p => p.Composer)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Film).Distinct().ToArray());

        byComposerRole = films
            .SelectMany(f => f.Composers.Select(c => (Key: (c.Composer, c.Role), Film: f)))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Film).ToArray());

        normalizedTitles = films.ToDictionary(
            f => f,
            f => new[] { f.Title, f.OriginalTitle }.Concat(f.AlternateTitles).OfType<string>().Select(NameNormalizer.Normalize).ToArray());

        byWork = films
            .SelectMany(f => f.FeaturedWorks.Select(w => (Work: w, Film: f)))
            .GroupBy(p => p.Work)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Film).ToArray());
    }

    public IReadOnlyList<Film> All => films;

    /// <summary>The films released from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public IReadOnlyList<Film> ReleasedBetween(int from, int to)
    {
        var start = LowerBound(from);
        var end = LowerBound(to == int.MaxValue ? to : to + 1);
        return end > start ? new ArraySegment<Film>(films, start, end - start) : Array.Empty<Film>();
    }

    // Theme values run from 0 without gaps, so they index the array directly.
    public IReadOnlyList<Film> WithTheme(Theme theme) => byTheme[(int)theme];

    // Kind values, like themes, run from 0 without gaps.
    public IReadOnlyList<Film> OfKind(FilmKind kind) => byKind[(int)kind];

    /// <summary>The film's English, original and alternate titles in <see cref="NameNormalizer"/> form, computed once.</summary>
    public IReadOnlyList<string> NormalizedTitles(Film film) => normalizedTitles[film];

    public IReadOnlyList<Film> WithComposer(Composer composer, ComposerRole? role)
    {
        var found = role is { } r
            ? byComposerRole.TryGetValue((composer, r), out var withRole) ? withRole : null
            : byComposer.TryGetValue(composer, out var any) ? any : null;
        return found ?? [];
    }

    public IReadOnlyList<Film> FeaturingWork(Work work) => byWork.TryGetValue(work, out var found) ? found : [];

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
