using System.Globalization;
using System.Text;

namespace SovietFilms.Data.Building;

/// <summary>
/// User text as a message or a place shows it: cut short, and with every character that could move a terminal's
/// cursor, set its title or forge a line (controls, line and paragraph separators, bidirectional overrides, lone
/// surrogates) written as <c>\uXXXX</c>, and backslashes and quotes escaped, so a value cannot forge the message's
/// own quoting. Every message that repeats a value it was given goes through here.
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
        // The cut never splits a surrogate pair.
        var length = value.Length <= MaxLength ? value.Length : char.IsSurrogatePair(value[MaxLength - 1], value[MaxLength]) ? MaxLength - 1 : MaxLength;
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            if (IsUnsafe(c) || (char.IsSurrogate(c) && !IsPaired(value, i)))
            {
                shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c is '\\' or '"' ? "\\" : "").Append(c);
            }
        }

        return value.Length > MaxLength ? shown.Append("...").ToString() : shown.ToString();
    }

    /// <summary>Whether the surrogate at <paramref name="i"/> is half of a pair.</summary>
    public static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    /// <summary>What catalogue text may not hold, and messages escape: controls, separators and bidirectional overrides.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
