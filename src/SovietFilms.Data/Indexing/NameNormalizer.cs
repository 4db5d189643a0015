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
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
