using System.Text;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Reduces a name or title to the form used for matching: lowercase letters and digits only, accents
/// removed, <c>ё</c> folded to <c>е</c>. So "Tchaïkovski", "TCHAIKOVSKI" and "tchaikovski" meet, and
/// "Rimsky-Korsakov" meets "Rimsky Korsakov".
/// </summary>
internal static class NameNormalizer
{
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                // Cyrillic й is a letter of its own, not и with an accent: keep it.
                case 'й' or 'Й':
                    result.Append('й');
                    continue;
                case 'ß':
                    result.Append("ss");
                    continue;
                case 'ł' or 'Ł':
                    result.Append('l');
                    continue;
                case 'ø' or 'Ø':
                    result.Append('o');
                    continue;
                case 'æ' or 'Æ':
                    result.Append("ae");
                    continue;
                case 'ı':
                    result.Append('i');
                    continue;
                case 'ə' or 'Ə':
                    result.Append('e');
                    continue;
            }

            if (c < 128)
            {
                if (char.IsLetterOrDigit(c))
                {
                    result.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            // Decompose to strip accents (ё becomes е plus a diaeresis, é becomes e plus an acute).
            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (char.IsLetterOrDigit(part))
                {
                    result.Append(char.ToLowerInvariant(part));
                }
            }
        }

        return result.ToString();
    }
}
