using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>"Did you mean ...?" for unknown names, from the library's ranked search or from edit distance.</summary>
internal static class Suggestions
{
    public static string DidYouMean(IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().Take(3).ToList();
        return list.Count == 0 ? "" : $"; did you mean {string.Join(" or ", list)}?";
    }

    public static IEnumerable<string> Composers(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Composer is not null).Select(h => h.Composer!.Name);

    public static IEnumerable<string> Films(FilmCatalog catalog, string text) =>
        catalog.Search(text, 20).Where(h => h.Film is not null).Select(h => $"{h.Film!.Title} ({h.Film.Id})");

    /// <summary>The candidates closest to <paramref name="input"/> by edit distance, nearest first.</summary>
    public static IEnumerable<string> Nearest(string input, IEnumerable<string> candidates)
    {
        var key = input.Trim().ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(key, c.ToLowerInvariant())))
            .Where(p => p.Distance <= Math.Max(2, p.Candidate.Length / 3) || p.Candidate.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Select(p => p.Candidate);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
