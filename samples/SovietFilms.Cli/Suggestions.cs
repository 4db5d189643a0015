using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>"Did you mean ...?" for unknown names, from the library's ranked search or its <see cref="Spelling"/>.</summary>
internal static class Suggestions
{
    public static string DidYouMean(IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().Take(3).ToList();
        return list.Count == 0 ? "" : $"; did you mean {string.Join(" or ", list)}?";
    }

    public static IEnumerable<string> Composers(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Composer is not null).Select(h => h.Composer!.Name);

    public static IEnumerable<string> People(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Person is not null).Select(h => h.Person!.Name);

    public static IEnumerable<string> Studios(FilmCatalog catalog, string name) =>
        catalog.Search(name, 20).Where(h => h.Studio is not null).Select(h => h.Studio!.Name);

    public static IEnumerable<string> Films(FilmCatalog catalog, string text) =>
        catalog.Search(text, 20).Where(h => h.Film is not null).Select(h => $"{h.Film!.Title} ({h.Film.Id})");
}
