using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// The common Latin spellings of a name written in Cyrillic, generated letter by letter so that no composer needs
/// them typed in: English (as in most English books), BGN/PCGN, scholarly (ISO 9 style, with háčeks), German (Duden)
/// and French. "Пётр Ильич Чайковский" gives Pyotr Ilyich Chaykovsky, Pyotr Il'ich Chaykovskiy, Pëtr Il'ič Čajkovskij,
/// Pjotr Iljitsch Tschaikowski and Piotr Ilitch Tchaïkovski; the accents are folded away when the names are indexed.
/// </summary>
internal static class Romanization
{
    private const int English = 0;
    private const int Bgn = 1;
    private const int Scholarly = 2;
    private const int German = 3;
    private const int French = 4;
    private const int Systems = 5;

    // The ending -ий or -ый, and е at the start of a word or after a vowel or a sign, in the five systems.
    private static readonly string[] AdjectiveEndingI = ["y", "iy", "ij", "i", "i"];
    private static readonly string[] AdjectiveEndingY = ["y", "yy", "yj", "y", "y"];
    private static readonly string[] InitialE = ["ye", "ye", "e", "je", "ie"];

    /// <summary>Each letter а to я, then ё, і, ї, є, ґ, ў, in the five systems, in that order.</summary>
    private static readonly string[][] Letters =
    [
        ["a", "a", "a", "a", "a"],
        ["b", "b", "b", "b", "b"],
        ["v", "v", "v", "w", "v"],
        ["g", "g", "g", "g", "g"],
        ["d", "d", "d", "d", "d"],
        ["e", "e", "e", "e", "e"],
        ["zh", "zh", "ž", "sch", "j"],
        ["z", "z", "z", "s", "z"],
        ["i", "i", "i", "i", "i"],
        ["y", "y", "j", "i", "ï"],
        ["k", "k", "k", "k", "k"],
        ["l", "l", "l", "l", "l"],
        ["m", "m", "m", "m", "m"],
        ["n", "n", "n", "n", "n"],
        ["o", "o", "o", "o", "o"],
        ["p", "p", "p", "p", "p"],
        ["r", "r", "r", "r", "r"],
        ["s", "s", "s", "s", "s"],
        ["t", "t", "t", "t", "t"],
        ["u", "u", "u", "u", "ou"],
        ["f", "f", "f", "f", "f"],
        ["kh", "kh", "x", "ch", "kh"],
        ["ts", "ts", "c", "z", "ts"],
        ["ch", "ch", "č", "tsch", "tch"],
        ["sh", "sh", "š", "sch", "ch"],
        ["shch", "shch", "šč", "schtsch", "chtch"],
        ["", "", "", "", ""],
        ["y", "y", "y", "y", "y"],
        ["", "", "", "", ""],
        ["e", "e", "è", "e", "e"],
        ["yu", "yu", "ju", "ju", "iou"],
        ["ya", "ya", "ja", "ja", "ia"],
        ["yo", "ë", "ë", "jo", "io"],
        ["i", "i", "i", "i", "i"],
        ["yi", "yi", "ji", "ji", "ï"],
        ["ye", "ye", "je", "je", "ie"],
        ["g", "g", "g", "g", "g"],
        ["u", "ŭ", "ŭ", "u", "ou"],
    ];

    /// <summary>The text in each system, or nothing when it has no Cyrillic letter.</summary>
    public static IEnumerable<string> Of(string text)
    {
        if (!HasCyrillic(text))
        {
            yield break;
        }

        var lower = text.ToLowerInvariant();
        for (var system = 0; system < Systems; system++)
        {
            yield return Spell(lower, system);
        }
    }

    private static string Spell(string text, int system)
    {
        var result = new StringBuilder(text.Length * 2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (Index(c) is not { } index)
            {
                result.Append(c);
            }
            else if (c is 'и' or 'ы' && next == 'й' && !char.IsLetter(i + 2 < text.Length ? text[i + 2] : ' '))
            {
                // The adjectival ending: Чайковский is Chaykovsky, Chaykovskiy, Čajkovskij, Tschaikowski, Tchaïkovski.
                result.Append(c == 'и' ? AdjectiveEndingI[system] : AdjectiveEndingY[system]);
                i++;
            }
            else if (c == 'е' && (!char.IsLetter(previous) || IsVowel(previous) || previous is 'ь' or 'ъ'))
            {
                result.Append(InitialE[system]);
            }
            else if (c == 'й' && system == French && !IsVowel(previous))
            {
                result.Append('i');
            }
            else if (c == 'г' && system == French && next is 'е' or 'и' or 'э' or 'і')
            {
                // As in Evguéni: a French g before e or i would be soft.
                result.Append("gu");
            }
            else if (c == 'с' && system is German or French && IsVowel(previous) && IsVowel(next))
            {
                result.Append("ss");
            }
            else
            {
                result.Append(Letters[index][system]);
            }
        }

        return result.ToString();
    }

    private static int? Index(char c) => c switch
    {
        >= 'а' and <= 'я' => c - 'а',
        'ё' => 32,
        'і' => 33,
        'ї' => 34,
        'є' => 35,
        'ґ' => 36,
        'ў' => 37,
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я' or 'і' or 'ї' or 'є';

    /// <summary>Whether the text has a letter of the Russian, Ukrainian or Belarusian alphabet, in either case.</summary>
    public static bool HasCyrillic(string text)
    {
        foreach (var c in text)
        {
            if (Index(char.ToLowerInvariant(c)) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
