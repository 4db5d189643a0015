using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Reading;

/// <summary>Turns a validated <see cref="RawCatalog"/> into the public model, resolving ids to objects.</summary>
internal static class CatalogBuilder
{
    public static FilmCatalog Build(RawCatalog raw)
    {
        var composers = raw.Composers
            .Select(c => new Composer(c.Id, c.Name, c.NativeName, c.Aliases, c.Born, c.Died, c.Sources))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);

        var works = raw.Works
            .Select(w => new Work(w.Id, composers[w.ComposerId], w.Title, w.OriginalTitle, w.AlternateTitles, w.Sources))
            .ToDictionary(w => w.Id, StringComparer.Ordinal);

        var films = raw.Films
            .Select(f => new Film(
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
                ReadOnly.Copy(f.Composers.Select(c => new ComposerCredit(composers[c.ComposerId], c.Role))),
                ReadOnly.Copy(f.Works.Select(w => works[w.Id])),
                f.Summary,
                f.Description,
                f.ListedAs,
                f.Facts,
                f.Verification,
                f.VerificationNote,
                f.ImdbId,
                f.Sources))
            .ToDictionary(f => f.Id, StringComparer.Ordinal);

        var selections = raw.Selections
            .Select(s => new Selection(s.Id, s.Title, s.Introduction, ReadOnly.Copy(s.Films.Select(f => films[f.Id]))));

        return new FilmCatalog(
            raw.DataVersion,
            films.Values,
            raw.Composers.Select(c => composers[c.Id]),
            raw.Works.Select(w => works[w.Id]),
            selections);
    }
}
