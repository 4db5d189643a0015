using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>The names under which composers, works and films are found, shared by lookups, filters and search.</summary>
internal static class EntryNames
{
    /// <summary>
    /// Full name, aliases and native name, each with whether it ends in the surname. A native name in Cyrillic does
    /// (Russian puts the given names first); one in Latin may not ("Liszt Ferenc"), so its words only back up a surname.
    /// </summary>
    public static IEnumerable<(string Name, bool EndsInSurname)> Of(Composer composer)
    {
        yield return (composer.Name, true);
        foreach (var alias in composer.Aliases)
        {
            yield return (alias, true);
        }

        if (composer.NativeName is { } native)
        {
            yield return (native, Romanization.HasCyrillic(native));
        }
    }

    /// <summary>Id, title, original title and alternate titles.</summary>
    public static IEnumerable<string> Primary(Work work)
    {
        yield return work.Id;
        yield return work.Title;
        if (work.OriginalTitle is { } original)
        {
            yield return original;
        }

        foreach (var alternate in work.AlternateTitles)
        {
            yield return alternate;
        }
    }
}
