using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Reading;

/// <summary>Turns a validated <see cref="RawCatalog"/> into the public model, resolving ids to objects.</summary>
internal static class CatalogBuilder
{
    public static FilmCatalog Build(RawCatalog raw)
    {
        var composers = new Composer[raw.Composers.Count];
        var composersById = new Dictionary<string, Composer>(composers.Length, StringComparer.Ordinal);
        for (var i = 0; i < composers.Length; i++)
        {
            var c = raw.Composers[i];
            composers[i] = new Composer(c.Id, c.Name, c.NativeName, c.Aliases, c.Born, c.Died, c.Sources);
            composersById.Add(c.Id, composers[i]);
        }

        var works = new Work[raw.Works.Count];
        var worksById = new Dictionary<string, Work>(works.Length, StringComparer.Ordinal);
        for (var i = 0; i < works.Length; i++)
        {
            var w = raw.Works[i];
            works[i] = new Work(w.Id, composersById[w.ComposerId], w.Title, w.OriginalTitle, w.AlternateTitles, w.Sources);
            worksById.Add(w.Id, works[i]);
        }

        var films = new Film[raw.Films.Count];
        var filmsById = new Dictionary<string, Film>(films.Length, StringComparer.Ordinal);
        for (var i = 0; i < films.Length; i++)
        {
            var f = raw.Films[i];
            var credits = new ComposerCredit[f.Composers.Count];
            for (var j = 0; j < credits.Length; j++)
            {
                credits[j] = new ComposerCredit(composersById[f.Composers[j].ComposerId], f.Composers[j].Role);
            }

            films[i] = new Film(
                f.Id,
                f.Title,
                f.OriginalTitle,
                f.AlternateTitles,
                f.Year,
                f.Kind,
                f.Countries,
                f.Studios,
                f.Directors,
                f.Cast,
                f.RuntimeMinutes,
                f.Themes,
                ReadOnly.Wrap(credits),
                Resolve(f.WorkIds, worksById),
                f.Summary,
                f.Description,
                f.ListedAs,
                f.Facts,
                f.Verification,
                f.VerificationNote,
                f.ImdbId,
                f.Sources);
            filmsById.Add(f.Id, films[i]);
        }

        var selections = new Selection[raw.Selections.Count];
        for (var i = 0; i < selections.Length; i++)
        {
            var s = raw.Selections[i];
            selections[i] = new Selection(s.Id, s.Title, s.Introduction, Resolve(s.FilmIds, filmsById));
        }

        return new FilmCatalog(raw.DataVersion, films, composers, works, selections);
    }

    private static IReadOnlyList<T> Resolve<T>(IReadOnlyList<string> ids, Dictionary<string, T> byId)
    {
        var resolved = new T[ids.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = byId[ids[i]];
        }

        return ReadOnly.Wrap(resolved);
    }
}
