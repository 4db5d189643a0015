using System;

namespace SovietFilms.Data.Search;

/// <summary>
/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
/// One instance reuses its rows across the comparisons of one search; it is not thread-safe.
/// </summary>
internal sealed class EditDistance
{
    private int[] previous2 = [];
    private int[] previous = [];
    private int[] current = [];

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1 once it is sure to exceed the limit.</summary>
    public int Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (current.Length < b.Length + 1)
        {
            previous2 = new int[b.Length + 1];
            previous = new int[b.Length + 1];
            current = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
