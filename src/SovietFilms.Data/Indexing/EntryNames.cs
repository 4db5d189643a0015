using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>The names under which people, studios, works and films are found, shared by lookups, filters and search.</summary>
internal static class EntryNames
{
    /// <summary>
    /// Full name, aliases and native name, each with whether it ends in the surname. A native name in Cyrillic does
    /// (Russian puts the given names first); one in Latin may not ("Liszt Ferenc"), so its words only back up a surname.
    /// </summary>
    public static IEnumerable<(string Name, bool EndsInSurname)> Of(Person person)
    {
        yield return (person.Name, true);
        foreach (var alias in person.Aliases)
        {
            yield return (alias, true);
        }

        if (person.NativeName is { } native)
        {
            yield return (native, Romanization.HasCyrillic(native));
        }
    }

    /// <summary>Id, name, native name and aliases.</summary>
    public static IEnumerable<string> Primary(Studio studio)
    {
        yield return studio.Id;
        yield return studio.Name;
        if (studio.NativeName is { } native)
        {
            yield return native;
        }

        foreach (var alias in studio.Aliases)
        {
            yield return alias;
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
