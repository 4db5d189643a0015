using System;

namespace SovietFilms.Data.Search;

/// <summary>
/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
/// Only the diagonal band that a distance within the limit can pass through is computed, so a comparison costs
/// the length times the limit, not the product of the lengths. One instance reuses its rows across the
/// comparisons of one search; it is not thread-safe.
/// </summary>
internal sealed class EditDistance
{
    private int[] previous2 = [];
    private int[] previous = [];
    private int[] current = [];

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1 once it is sure to exceed the limit.</summary>
    public int Within(string a, string b, int limit)
    {
        var beyond = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return beyond;
        }

        if (current.Length < b.Length + 2)
        {
            previous2 = new int[b.Length + 2];
            previous = new int[b.Length + 2];
            current = new int[b.Length + 2];
        }

        for (var j = 0; j <= b.Length + 1; j++)
        {
            previous[j] = Math.Min(j, beyond);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // The band of this row: cells further than the limit from the diagonal cannot be within it. The cells
            // just outside are set beyond the limit, so the next row reads no value left from an older one.
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = Math.Min(i, beyond);
            current[from - 1] = from == 1 ? current[0] : beyond;
            current[to + 1] = beyond;
            var rowMinimum = from == 1 ? current[0] : beyond;
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = Math.Min(value, beyond);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return beyond;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], beyond);
    }
}
