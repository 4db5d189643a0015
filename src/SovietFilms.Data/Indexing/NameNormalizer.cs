using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Reduces a name or title to the form used for matching: lowercase letters and digits only, accents
/// removed, <c>ё</c> folded to <c>е</c>, ligatures and full-width forms spelled out. So "Tchaïkovski", "TCHAIKOVSKI"
/// and "ｔｃｈａｉｋｏｖｓｋｉ" meet, and "Rimsky-Korsakov" meets "Rimsky Korsakov".
/// </summary>
/// <remarks>
/// The folding is the library's own (<see cref="FoldTable"/> and the cases below), not <see cref="string.Normalize()"/>:
/// under <c>InvariantGlobalization</c> that does not decompose at all, and with ICU it costs the square of a run of
/// combining marks. This costs one pass, gives the same result in every globalization mode, never throws, and is
/// idempotent. Characters outside the Basic Multilingual Plane are dropped, as they were before: no name here has one.
/// Lowercasing is <see cref="char.ToLowerInvariant"/>, which covers all of Unicode with ICU and, without it, from
/// .NET 8 on; the netstandard2.0 build run on .NET 5 to 7 with <c>InvariantGlobalization</c> lowercases only ASCII,
/// and there, since the embedded catalogue's composer keys are folded at build time with all of Unicode, a Cyrillic
/// composer name typed with capitals finds no composer.
/// </remarks>
internal static class NameNormalizer
{
    private const char CombiningBreve = '\u0306';
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                result.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                result.Append((char)(c + ('a' - 'A')));
            }
            else if (c >= '\u0080')
            {
                AppendFolded(result, c);
            }
        }

        return result.ToString();
    }

    /// <summary>The normalized words of a text: its runs of letters, digits and marks (so "Rimsky-Korsakov" is two words).</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = Normalize(text.Substring(start, i - start));
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return [.. words];
    }

    private static void AppendFolded(StringBuilder result, char c)
    {
        // Cyrillic й is a letter of its own, not и with an accent: typed as и and a combining breve, it is put back together.
        if (c == CombiningBreve && result.Length > 0 && result[result.Length - 1] == 'и')
        {
            result[result.Length - 1] = 'й';
            return;
        }

        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            var ascii = (char)(c - FullWidthOffset);
            if (char.IsLetterOrDigit(ascii))
            {
                result.Append(char.ToLowerInvariant(ascii));
            }

            return;
        }

        var letter = FoldTable.Find(c);
        if (letter == '\0')
        {
            if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                return;
            }

            // Lowercasing can give a table letter: the Ångström sign becomes å.
            letter = char.ToLowerInvariant(c);
            letter = FoldTable.Find(letter) is var folded and not '\0' ? folded : letter;
        }

        // A table letter may fold to one that is spelled out: Ǣ to æ, then to ae.
        if (Spelled(letter) is { } spelled)
        {
            result.Append(spelled);
        }
        else
        {
            result.Append(letter);
        }
    }

    /// <summary>Lowercase letters that no canonical decomposition splits: ligatures, the sharp s and letters with a stroke.</summary>
    private static string? Spelled(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ĳ' => "ij",
        'ł' => "l",
        'ø' => "o",
        'đ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ə' => "e",
        'ǆ' or 'ǳ' => "dz",
        'ǉ' => "lj",
        'ǌ' => "nj",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' or 'ﬆ' => "st",
        _ => null,
    };
}
