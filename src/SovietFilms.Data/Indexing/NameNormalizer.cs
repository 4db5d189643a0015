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
        var decomposed = WithoutUnpairedSurrogates(text).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                // Cyrillic й is a letter of its own, not и with an accent: put it back together.
                case CombiningBreve when result.Length > 0 && result[result.Length - 1] == 'и':
                    result[result.Length - 1] = 'й';
                    break;
                case 'ß':
                    result.Append("ss");
                    break;
                case 'ł' or 'Ł':
                    result.Append('l');
                    break;
                case 'ø' or 'Ø':
                    result.Append('o');
                    break;
                case 'æ' or 'Æ':
                    result.Append("ae");
                    break;
                case 'ı':
                    result.Append('i');
                    break;
                case 'ə' or 'Ə':
                    result.Append('e');
                    break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        result.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>An unpaired surrogate cannot be normalized, and is no letter either: drop it.</summary>
    private static string WithoutUnpairedSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1])))
            {
                var clean = new StringBuilder(text.Length);
                for (var j = 0; j < text.Length; j++)
                {
                    if (j + 1 < text.Length && char.IsSurrogatePair(text[j], text[j + 1]))
                    {
                        clean.Append(text[j]).Append(text[++j]);
                    }
                    else if (!char.IsSurrogate(text[j]))
                    {
                        clean.Append(text[j]);
                    }
                }

                return clean.ToString();
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return text;
    }
}
