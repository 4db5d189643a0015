using System;
using System.Collections.Generic;
using System.Globalization;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Checks the rules that span entries of a <see cref="RawCatalog"/>: unique ids, references that resolve,
/// and the verification policy (an unconfirmed film names no people or studios it cannot source).
/// </summary>
internal static class CatalogValidator
{
    public static void Validate(RawCatalog catalog, ProblemList problems)
    {
        var composerIds = UniqueIds(catalog.Composers, "composer", problems);
        var workIds = UniqueIds(catalog.Works, "work", problems);
        var filmIds = UniqueIds(catalog.Films, "film", problems);
        composerIds.UnionWith(catalog.SetAside.Composers);
        workIds.UnionWith(catalog.SetAside.Works);
        filmIds.UnionWith(catalog.SetAside.Films);
        UniqueIds(catalog.Selections, "selection", problems);

        foreach (var composer in catalog.Composers)
        {
            if (composer.Born is { } born && composer.Died is { } died && died < born)
            {
                problems.Add($"{composer.Place}.died", $"expected a year not before the birth year {born}, found {died}");
            }
        }

        foreach (var work in catalog.Works)
        {
            if (!composerIds.Contains(work.ComposerId))
            {
                Unknown(work.ComposerId, $"{work.Place}.composer", "composer", problems);
            }
        }

        foreach (var film in catalog.Films)
        {
            ValidateFilm(film, composerIds, workIds, problems);
        }

        foreach (var selection in catalog.Selections)
        {
            References(selection.FilmIds, filmIds, selection, "films", "film", problems);
        }
    }

    private static void ValidateFilm(RawFilm film, HashSet<string> composerIds, HashSet<string> workIds, ProblemList problems)
    {
        var credits = film.Composers;
        HashSet<string>? seen = null;
        for (var i = 0; i < credits.Count; i++)
        {
            if (!composerIds.Contains(credits[i].ComposerId))
            {
                Unknown(credits[i].ComposerId, $"{film.Place}.composers[{Index(i)}].id", "composer", problems);
            }

            if (RepeatsEarlier(credits, i, ref seen))
            {
                problems.Add($"{film.Place}.composers[{Index(i)}]", $"duplicate composer credit \"{credits[i].ComposerId} as {credits[i].Role}\"");
            }
        }

        References(film.WorkIds, workIds, film, "works", "work", problems);

        var themes = 0;
        foreach (var theme in film.Themes)
        {
            var bit = 1 << (int)theme;
            if ((themes & bit) != 0)
            {
                problems.Add($"{film.Place}.themes", $"duplicate theme \"{theme}\"");
            }

            themes |= bit;
        }

        if (film.Verification == VerificationStatus.Unconfirmed)
        {
            // No matching film was found, so there is no source for people or studios: refuse invented ones.
            RefuseNames(film, "directors", film.Directors.Count, problems);
            RefuseNames(film, "cast", film.Cast.Count, problems);
            RefuseNames(film, "studios", film.Studios.Count, problems);
        }
        else
        {
            if (film.Year is null)
            {
                problems.Add($"{film.Place}.year", "required field is missing (only an unconfirmed film may lack a year)");
            }

            if (film.Kind is null)
            {
                problems.Add($"{film.Place}.kind", "required field is missing (only an unconfirmed film may lack a kind)");
            }
        }

        if (film.Verification != VerificationStatus.Verified && film.VerificationNote is null)
        {
            problems.Add($"{film.Place}.verificationNote", $"required for a {film.Verification.ToString().ToLowerInvariant()} film: say what was corrected or what the entry may be confused with");
        }
    }

    private static void RefuseNames(RawFilm film, string field, int count, ProblemList problems)
    {
        if (count > 0)
        {
            problems.Add($"{film.Place}.{field}", $"an unconfirmed film cannot name {field}: no source confirms the film");
        }
    }

    private static HashSet<string> UniqueIds(IReadOnlyList<RawEntry> entries, string what, ProblemList problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, RawEntry>? firsts = null;
        foreach (var entry in entries)
        {
            if (!ids.Add(entry.Id))
            {
                firsts ??= FirstOfEachId(entries);
                problems.Add(entry.Place, $"duplicate {what} id \"{entry.Id}\", first used at {firsts[entry.Id].Place}");
            }
        }

        return ids;
    }

    private static Dictionary<string, RawEntry> FirstOfEachId(IReadOnlyList<RawEntry> entries)
    {
        var firsts = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        // Backwards, so that each id ends up with its first entry.
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            firsts[entries[i].Id] = entries[i];
        }

        return firsts;
    }

    /// <summary>Checks a list of ids that refer to other entries: each must resolve, and none may repeat.</summary>
    private static void References(IReadOnlyList<string> ids, HashSet<string> known, RawEntry owner, string field, string what, ProblemList problems)
    {
        HashSet<string>? seen = null;
        for (var i = 0; i < ids.Count; i++)
        {
            var unknown = !known.Contains(ids[i]);
            var repeated = RepeatsEarlier(ids, i, ref seen);
            if (unknown || repeated)
            {
                var place = $"{owner.Place}.{field}[{Index(i)}]";
                if (unknown)
                {
                    Unknown(ids[i], place, what, problems);
                }

                if (repeated)
                {
                    problems.Add(place, $"duplicate {what} \"{ids[i]}\"");
                }
            }
        }
    }

    // Whether the item at i (asked in order from 0) repeats an earlier one. Films list a handful of credits and
    // works, which a pairwise scan checks without allocating; a long list gets a set, so no file makes it quadratic.
    private const int ShortList = 16;

    private static bool RepeatsEarlier(IReadOnlyList<string> ids, int i, ref HashSet<string>? seen)
    {
        if (ids.Count <= ShortList)
        {
            for (var j = 0; j < i; j++)
            {
                if (ids[j] == ids[i])
                {
                    return true;
                }
            }

            return false;
        }

        seen ??= new(StringComparer.Ordinal);
        return !seen.Add(ids[i]);
    }

    private static bool RepeatsEarlier(IReadOnlyList<RawCredit> credits, int i, ref HashSet<string>? seen)
    {
        if (credits.Count <= ShortList)
        {
            for (var j = 0; j < i; j++)
            {
                if (credits[j].ComposerId == credits[i].ComposerId && credits[j].Role == credits[i].Role)
                {
                    return true;
                }
            }

            return false;
        }

        // Ids have no '/', so the key is unambiguous.
        seen ??= new(StringComparer.Ordinal);
        return !seen.Add(credits[i].ComposerId + "/" + (int)credits[i].Role);
    }

    private static void Unknown(string id, string place, string what, ProblemList problems) =>
        problems.Add(place, $"unknown {what} id \"{id}\": no {what} with that id is defined");

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
