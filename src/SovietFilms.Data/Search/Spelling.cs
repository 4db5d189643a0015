using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data;

/// <summary>
/// "Did you mean ...?" for a word typed against a short list of allowed ones (theme names, selection ids): the
/// same edit distance as <see cref="FilmCatalog.Search"/>, where a swap of neighbours costs one.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// The candidates closest to <paramref name="text"/>, ignoring case: those within an edit distance of a third of
    /// their length (at least 2), or that start with the text; nearest first, ties in ordinal order.
    /// </summary>
    /// <param name="text">What was typed.</param>
    /// <param name="candidates">The allowed words.</param>
    /// <param name="max">The most candidates to return; at least 1.</param>
    /// <returns>At most <paramref name="max"/> distinct candidates, nearest first; empty when none is close.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="candidates"/> is <see langword="null"/>, or a candidate is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates, int max = 3)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        if (max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "At least one candidate must be allowed.");
        }

        var key = text.Trim().ToLowerInvariant();
        var distance = new Search.EditDistance();
        var close = new List<(string Candidate, int Distance)>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var lower = (candidate ?? throw new ArgumentNullException(nameof(candidates), "The candidates hold null.")).ToLowerInvariant();
            var limit = Math.Max(2, candidate.Length / 3);
            var d = distance.Within(key, lower, limit);
            if (d <= limit || (key.Length > 0 && lower.StartsWith(key, StringComparison.Ordinal)))
            {
                close.Add((candidate, d));
            }
        }

        return ReadOnly.Copy(close
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Candidate));
    }
}
