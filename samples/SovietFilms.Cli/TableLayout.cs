using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace SovietFilms.Cli;

/// <summary>
/// Which columns of a table a terminal of some width can draw, and how wide: a whole column as wide as its widest
/// cell, any other at least as wide as its longest word; dispensable columns left out until the rest fit.
/// </summary>
internal static class TableLayout
{
    /// <summary>The columns kept, by index in order, with their content widths; null when even the indispensable ones do not fit.</summary>
    public static IReadOnlyList<(int Column, int Width)>? Fit(IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<Cell>> rows, int width)
    {
        var natural = columns.Select((c, i) => rows.Select(r => Widest(r[i].Text.Split('\n'))).Append(c.Header.GetCellWidth()).Max()).ToArray();
        var least = columns.Select((c, i) => c.Whole ? natural[i] : rows.Select(r => LongestWord(r[i].Text)).Append(LongestWord(c.Header)).Max()).ToArray();
        var kept = Enumerable.Range(0, columns.Count).ToList();
        while (kept.Sum(i => least[i]) + Borders(kept.Count) > width)
        {
            var dispensable = kept.Where(i => columns[i].Dispensable > 0).OrderBy(i => columns[i].Dispensable).ThenBy(i => i).ToList();
            if (dispensable.Count == 0)
            {
                return null;
            }

            kept.Remove(dispensable[^1]);
        }

        // The spare width to the columns nearest their natural width first, so that short cells keep to one line.
        var widths = kept.ToDictionary(i => i, i => least[i]);
        var spare = width - Borders(kept.Count) - widths.Values.Sum();
        foreach (var i in kept.OrderBy(i => natural[i] - least[i]))
        {
            var grant = Math.Min(spare, natural[i] - least[i]);
            widths[i] += grant;
            spare -= grant;
        }

        return kept.Select(i => (i, widths[i])).ToList();
    }

    /// <summary>A rounded table's borders and padding: a line between and around the columns, and a space either side of each.</summary>
    private static int Borders(int columns) => (3 * columns) + 1;

    private static int Widest(IEnumerable<string> texts) => texts.Select(t => t.GetCellWidth()).DefaultIfEmpty(0).Max();

    private static int LongestWord(string text) => Widest(text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
