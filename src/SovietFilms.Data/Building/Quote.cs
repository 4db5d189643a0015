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
            if (IsUnsafeAt(value, i))
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

    /// <summary>
    /// Whether the character at <paramref name="i"/> is one catalogue text may not hold and messages escape: a
    /// control, a line or paragraph separator, a bidirectional override or isolate, or half of no surrogate pair.
    /// </summary>
    public static bool IsUnsafeAt(string text, int i)
    {
        var c = text[i];
        return c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
            || (char.IsHighSurrogate(c) && !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1])));
    }
}
