using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data.Format;

/// <summary>
/// A list value as one line of text, for flat layouts such as CSV: items joined by <c>"; "</c>, the parts of an
/// item (an actor and a role) by <c>" | "</c>, and a backslash before any <c>\</c>, <c>;</c> or <c>|</c> inside a
/// value, so that every value comes back exactly as it was written.
/// </summary>
internal static class FlatText
{
    public const string ItemSeparator = "; ";
    public const string PartSeparator = " | ";

    public static string Join(IReadOnlyList<string[]> items)
    {
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(ItemSeparator);
            }

            for (var j = 0; j < items[i].Length; j++)
            {
                if (j > 0)
                {
                    text.Append(PartSeparator);
                }

                foreach (var c in items[i][j])
                {
                    if (c is '\\' or ';' or '|')
                    {
                        text.Append('\\');
                    }

                    text.Append(c);
                }
            }
        }

        return text.ToString();
    }

    public static string Join(IReadOnlyList<string> values)
    {
        var items = new string[values.Count][];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = [values[i]];
        }

        return Join(items);
    }

    /// <summary>The items of a joined list, each with its parts; null, with <paramref name="problem"/> set, if the text is not such a list.</summary>
    public static List<string[]>? Split(string text, out string? problem)
    {
        problem = null;
        var items = new List<string[]>();
        if (text.Length == 0)
        {
            return items;
        }

        var parts = new List<string>();
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 == text.Length)
                {
                    problem = "a backslash ends the cell; write \\\\ for a backslash";
                    return null;
                }

                part.Append(text[++i]);
            }
            else if (c == ';')
            {
                if (i + 1 == text.Length || text[i + 1] != ' ')
                {
                    problem = $"expected \"{ItemSeparator}\" between items; write \\; for a semicolon inside a value";
                    return null;
                }

                parts.Add(part.ToString());
                items.Add([.. parts]);
                parts.Clear();
                part.Clear();
                i++;
            }
            else if (c == '|')
            {
                if (part.Length == 0 || part[part.Length - 1] != ' ' || i + 1 == text.Length || text[i + 1] != ' ')
                {
                    problem = $"expected \"{PartSeparator}\" between the parts of an item; write \\| for a bar inside a value";
                    return null;
                }

                part.Length--;
                parts.Add(part.ToString());
                part.Clear();
                i++;
            }
            else
            {
                part.Append(c);
            }
        }

        parts.Add(part.ToString());
        items.Add([.. parts]);
        return items;
    }
}
