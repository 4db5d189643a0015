using System.Globalization;
using System.Text;

namespace SovietFilms.Data.Building;

/// <summary>
/// User text as a message or a place shows it: cut short, and with every character that could move a terminal's
/// cursor, set its title or forge a line (controls, line and paragraph separators, bidirectional overrides) written
/// as <c>\uXXXX</c>. Every message that repeats a value it was given goes through here.
/// </summary>
internal static class Quote
{
    private const int MaxLength = 40;

    /// <summary>The value in quotes, as <see cref="Cut"/> shows it.</summary>
    public static string Of(string value) => "\"" + Cut(value) + "\"";

    /// <summary>The value cut to its first 40 characters, with "..." where it was cut.</summary>
    public static string Cut(string value)
    {
        var shown = new StringBuilder(value.Length > MaxLength ? MaxLength + 3 : value.Length);
        for (var i = 0; i < value.Length && i < MaxLength; i++)
        {
            var c = value[i];
            if (IsUnsafe(c))
            {
                shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        return value.Length > MaxLength ? shown.Append("...").ToString() : shown.ToString();
    }

    /// <summary>What catalogue text may not hold, and messages escape: controls, separators and bidirectional overrides.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
