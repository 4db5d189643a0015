using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Indexing;

/// <summary>The names under which composers, works and films are found, shared by lookups, filters and search.</summary>
internal static class EntryNames
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "I", "II", "III", "Jr", "Jr.", "Sr", "Sr." };

    /// <summary>Id, full name, native name and aliases.</summary>
    public static IEnumerable<string> Primary(Composer composer) =>
        new[] { composer.Id, composer.Name, composer.NativeName }.Concat(composer.Aliases).OfType<string>();

    /// <summary>The surnames of the full and native names, such as "Beethoven" and "Бетховен".</summary>
    public static IEnumerable<string> Surnames(Composer composer) =>
        new[] { composer.Name, composer.NativeName }.OfType<string>().Select(Surname);

    /// <summary>Id, title, original title and alternate titles.</summary>
    public static IEnumerable<string> Primary(Work work) =>
        new[] { work.Id, work.Title, work.OriginalTitle }.Concat(work.AlternateTitles).OfType<string>();

    /// <summary>Title, original title and alternate titles.</summary>
    public static IEnumerable<string> Titles(Film film) =>
        new[] { film.Title, film.OriginalTitle }.Concat(film.AlternateTitles).OfType<string>();

    /// <summary>The last word of a name that is not a suffix such as "II": the surname in Western name order.</summary>
    public static string Surname(string fullName)
    {
        var words = fullName.Split([' '], StringSplitOptions.RemoveEmptyEntries);
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
