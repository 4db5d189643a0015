using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>The names under which composers, works and films are found, shared by lookups, filters and search.</summary>
internal static class EntryNames
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "I", "II", "III", "Jr", "Jr.", "Sr", "Sr." };

    /// <summary>Id, full name, native name and aliases.</summary>
    public static IEnumerable<string> Primary(Composer composer) => Names(composer.Id, composer.Name, composer.NativeName, composer.Aliases);

    /// <summary>
    /// The surname of the English name, such as "Beethoven". Only the English name is used: native names follow
    /// their language's order ("Liszt Ferenc"), so their surnames come from the data's aliases instead.
    /// </summary>
    public static string? Surname(Composer composer) => Surname(composer.Name);

    /// <summary>Id, title, original title and alternate titles.</summary>
    public static IEnumerable<string> Primary(Work work) => Names(work.Id, work.Title, work.OriginalTitle, work.AlternateTitles);

    private static List<string> Names(string id, string name, string? nativeName, IReadOnlyList<string> others)
    {
        var names = new List<string>(3 + others.Count) { id, name };
        if (nativeName is not null)
        {
            names.Add(nativeName);
        }

        foreach (var other in others)
        {
            names.Add(other);
        }

        return names;
    }

    /// <summary>The last word of a name that is not a suffix such as "II" or in brackets: the surname in Western name order.</summary>
    public static string Surname(string fullName)
    {
        var bracket = fullName.IndexOf('(');
        var words = (bracket > 0 ? fullName.Substring(0, bracket) : fullName).Split([' '], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (!NameSuffixes.Contains(words[i]))
            {
                return words[i];
            }
        }

        return fullName;
    }
}
