using System;
using System.Text;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Reduces a name or title to the form used for matching: lowercase letters and digits only, accents
/// removed, <c>ё</c> folded to <c>е</c>. So "Tchaïkovski", "TCHAIKOVSKI" and "tchaikovski" meet, and
/// "Rimsky-Korsakov" meets "Rimsky Korsakov".
/// </summary>
internal static class NameNormalizer
{
    private const char CombiningBreve = '\u0306';

    public static string Normalize(string text)
    {
        // Decomposing splits accents off their letters (é becomes e and an acute; ё becomes е and a diaeresis),
        // and the accents, being neither letters nor digits, are then dropped.
        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (Fold(c, result.Length > 0 ? result[result.Length - 1] : '\0'))
            {
                case (Folding.ReplaceLast, var replacement, _):
                    result[result.Length - 1] = replacement;
                    break;
                case (Folding.Append, var first, var second):
                    result.Append(first);
                    if (second != '\0')
                    {
                        result.Append(second);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>What one decomposed character becomes: dropped, appended as one or two characters, or a change to the last one.</summary>
    private static (Folding Folding, char First, char Second) Fold(char c, char last) => c switch
    {
        // Cyrillic й is a letter of its own, not и with an accent: put it back together.
        CombiningBreve when last == 'и' => (Folding.ReplaceLast, 'й', '\0'),
        'ß' => (Folding.Append, 's', 's'),
        'ł' or 'Ł' => (Folding.Append, 'l', '\0'),
        'ø' or 'Ø' => (Folding.Append, 'o', '\0'),
        'æ' or 'Æ' => (Folding.Append, 'a', 'e'),
        'ı' => (Folding.Append, 'i', '\0'),
        'ə' or 'Ə' => (Folding.Append, 'e', '\0'),
        _ when char.IsLetterOrDigit(c) => (Folding.Append, char.ToLowerInvariant(c), '\0'),
        _ => (Folding.Drop, '\0', '\0'),
    };

    /// <summary>
    /// The text without what <see cref="string.Normalize(NormalizationForm)"/> refuses, none of which is a letter:
    /// unpaired surrogates, and the noncharacters U+FFFE and U+FFFF (ICU throws on U+FFFE).
    /// </summary>
    private static string Normalizable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRefused(text, i))
            {
                var clean = new StringBuilder(text.Length);
                for (var j = 0; j < text.Length; j++)
                {
                    if (j + 1 < text.Length && char.IsSurrogatePair(text[j], text[j + 1]))
                    {
                        clean.Append(text[j]).Append(text[++j]);
                    }
                    else if (!IsRefused(text, j))
                    {
                        clean.Append(text[j]);
                    }
                }

                return clean.ToString();
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return text;
    }

    private static bool IsRefused(string text, int i) =>
        text[i] is '\uFFFE' or '\uFFFF'
        || (char.IsSurrogate(text[i]) && !(i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1])) && !(i > 0 && char.IsSurrogatePair(text[i - 1], text[i])));

    private enum Folding
    {
        Drop,
        Append,
        ReplaceLast,
    }
}
