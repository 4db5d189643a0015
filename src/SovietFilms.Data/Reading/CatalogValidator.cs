using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Checks the rules that span entries of a <see cref="RawCatalog"/>: unique ids, references that resolve,
/// and the verification policy (an unconfirmed film names no people or studios it cannot source).
/// </summary>
internal static class CatalogValidator
{
    public static void Validate(RawCatalog catalog, ProblemList problems)
    {
        var composerIds = UniqueIds(catalog.Composers, c => c.Id, c => c.Place, "composer", problems);
        var workIds = UniqueIds(catalog.Works, w => w.Id, w => w.Place, "work", problems);
        var filmIds = UniqueIds(catalog.Films, f => f.Id, f => f.Place, "film", problems);
        composerIds.UnionWith(catalog.SetAside.Composers);
        workIds.UnionWith(catalog.SetAside.Works);
        filmIds.UnionWith(catalog.SetAside.Films);
        UniqueIds(catalog.Selections, s => s.Id, s => s.Place, "selection", problems);

        foreach (var composer in catalog.Composers)
        {
            if (composer.Born is { } born && composer.Died is { } died && died < born)
            {
                problems.Add($"{composer.Place}.died", $"expected a year not before the birth year {born}, found {died}");
            }
        }

        foreach (var work in catalog.Works)
        {
            RequireKnown(composerIds, work.ComposerId, $"{work.Place}.composer", "composer", problems);
        }

        foreach (var film in catalog.Films)
        {
            ValidateFilm(film, composerIds, workIds, problems);
        }

        foreach (var selection in catalog.Selections)
        {
            foreach (var film in selection.Films)
            {
                RequireKnown(filmIds, film.Id, film.Place, "film", problems);
            }

            ReportDuplicates(selection.Films.Select(f => (f.Id, f.Place)), "film", problems);
        }
    }

    private static void ValidateFilm(RawFilm film, HashSet<string> composerIds, HashSet<string> workIds, ProblemList problems)
    {
        foreach (var credit in film.Composers)
        {
            RequireKnown(composerIds, credit.ComposerId, $"{credit.Place}.id", "composer", problems);
        }

        ReportDuplicates(film.Composers.Select(c => ($"{c.ComposerId} as {c.Role}", c.Place)), "composer credit", problems);

        foreach (var work in film.Works)
        {
            RequireKnown(workIds, work.Id, work.Place, "work", problems);
        }

        ReportDuplicates(film.Works.Select(w => (w.Id, w.Place)), "work", problems);
        ReportDuplicates(film.Themes.Select(t => (t.ToString(), $"{film.Place}.themes")), "theme", problems);

        if (film.Verification == VerificationStatus.Unconfirmed)
        {
            // No matching film was found, so there is no source for people or studios: refuse invented ones.
            foreach (var (field, count) in new[] { ("directors", film.Directors.Count), ("cast", film.Cast.Count), ("studios", film.Studios.Count) })
            {
                if (count > 0)
                {
                    problems.Add($"{film.Place}.{field}", "an unconfirmed film cannot name " + field + ": no source confirms the film");
                }
            }
        }
        else
        {
            if (film.Year is null)
            {
                problems.Add($"{film.Place}.year", $"required field is missing (only an unconfirmed film may lack a year)");
            }

            if (film.Kind is null)
            {
                problems.Add($"{film.Place}.kind", $"required field is missing (only an unconfirmed film may lack a kind)");
            }
        }

        if (film.Verification != VerificationStatus.Verified && film.VerificationNote is null)
        {
            problems.Add($"{film.Place}.verificationNote", $"required for a {film.Verification.ToString().ToLowerInvariant()} film: say what was corrected or what the entry may be confused with");
        }
    }

    private static HashSet<string> UniqueIds<T>(
        IReadOnlyList<T> items, Func<T, string> id, Func<T, string> place, string what, ProblemList problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var firstPlace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!ids.Add(id(item)))
            {
                problems.Add(place(item), $"duplicate {what} id \"{id(item)}\", first used at {firstPlace[id(item)]}");
            }
            else
            {
                firstPlace[id(item)] = place(item);
            }
        }

        return ids;
    }

    private static void RequireKnown(HashSet<string> ids, string id, string place, string what, ProblemList problems)
    {
        if (!ids.Contains(id))
        {
            problems.Add(place, $"unknown {what} id \"{id}\": no {what} with that id is defined");
        }
    }

    private static void ReportDuplicates(IEnumerable<(string Key, string Place)> items, string what, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, place) in items)
        {
            if (!seen.Add(key))
            {
                problems.Add(place, $"duplicate {what} \"{key}\"");
            }
        }
    }
}
