using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>The filters that <c>list</c> and <c>export</c> share, and how they become a <see cref="FilmQuery"/>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string> year = new("--year") { Description = "Films released in YEAR.", HelpName = "YEAR" };
    private readonly Option<string> from = new("--from") { Description = "Films released in YEAR or later.", HelpName = "YEAR" };
    private readonly Option<string> to = new("--to") { Description = "Films released in YEAR or earlier.", HelpName = "YEAR" };
    private readonly Option<string> decade = new("--decade") { Description = "Films of a decade: 1970 or 1970s.", HelpName = "DECADE" };
    private readonly Option<string> kind = new("--kind") { Description = "Films of one kind: feature, television-film, mini-series, short, animated or documentary.", HelpName = "KIND" };
    private readonly Option<string[]> theme = new("--theme") { Description = "Films with THEME (see 'themes'); repeat for several, all of which must match.", HelpName = "THEME" };
    private readonly Option<bool> anyTheme = new("--any-theme") { Description = "With several --theme: any one may match." };
    private readonly Option<string> composer = new("--composer") { Description = "Films with this composer, in any spelling: Tchaikovsky, Чайковский, Tschaikowsky.", HelpName = "NAME" };
    private readonly Option<string> role = new("--role") { Description = "With --composer: subject, music or score.", HelpName = "ROLE" };
    private readonly Option<string> person = new("--person") { Description = "Films crediting this person in any role (director, actor, singer, singing voice, dancer, conductor...), in any spelling: Ulanova, Уланова.", HelpName = "NAME" };
    private readonly Option<string> personRole = new("--as") { Description = "With --person: director, actor, singer, singing-voice, voice, dancer, choreographer, conductor, soloist or narrator.", HelpName = "ROLE" };
    private readonly Option<string> studio = new("--studio") { Description = "Films of this studio: Mosfilm, Мосфильм, lenfilm.", HelpName = "NAME" };
    private readonly Option<string> country = new("--country") { Description = "Films made in, or co-produced by, this country: an ISO code such as SU, DD or GE.", HelpName = "CODE" };
    private readonly Option<string> search = new("--search") { Description = "Films whose title, or whose composer's, person's or studio's name, matches TEXT (typos tolerated).", HelpName = "TEXT" };
    private readonly Option<bool> verified = new("--verified") { Description = "Leave out entries of the curator's selection that no source confirms." };
    private readonly Option<string> selection = new("--selection") { Description = "Only films of this curated selection (see 'selection').", HelpName = "ID" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { year, from, to, decade, kind, theme, anyTheme, composer, role, person, personRole, studio, country, search, verified, selection })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The films the options select, in catalogue order; bad values are a <see cref="UsageException"/>.</summary>
    public IReadOnlyList<Film> Select(ParseResult parse, FilmCatalog catalog)
    {
        var query = catalog.Query();
        if (parse.GetValue(year) is { } y)
        {
            query = query.ReleasedIn(ParseYear("--year", y));
        }

        var fromYear = parse.GetValue(from) is { } f ? ParseYear("--from", f) : (int?)null;
        var toYear = parse.GetValue(to) is { } t ? ParseYear("--to", t) : (int?)null;
        if (fromYear > toYear)
        {
            throw new UsageException($"--from {fromYear} is later than --to {toYear}");
        }

        if (fromYear is not null || toYear is not null)
        {
            query = query.ReleasedBetween(fromYear ?? int.MinValue, toYear ?? int.MaxValue);
        }

        if (parse.GetValue(decade) is { } d)
        {
            query = query.ReleasedInDecade(ParseDecade(d));
        }

        if (parse.GetValue(kind) is { } k)
        {
            query = query.OfKind(Vocabulary.ParseKind(k));
        }

        var themes = (parse.GetValue(theme) ?? []).Select(t => Vocabulary.ParseTheme(t)).ToArray();
        if (themes.Length > 0)
        {
            query = parse.GetValue(anyTheme) ? query.WithAnyTheme(themes) : query.WithAllThemes(themes);
        }

        var roleValue = parse.GetValue(role) is { } r ? Vocabulary.ParseRole(r) : (ComposerRole?)null;
        if (parse.GetValue(composer) is { } name)
        {
            RequireComposer(catalog, name);
            query = roleValue is { } rv ? query.WithComposer(name, rv) : query.WithComposer(name);
        }
        else if (roleValue is not null)
        {
            throw new UsageException("--role needs --composer");
        }

        var personRoleValue = parse.GetValue(personRole) is { } pr ? Vocabulary.ParsePersonRole(pr) : (PersonRole?)null;
        if (parse.GetValue(person) is { } personName)
        {
            RequireName(personName, "--person", () => catalog.FindPeople(personName).Count > 0, () => Suggestions.People(catalog, personName), "person");
            query = personRoleValue is { } prv ? query.WithPerson(personName, prv) : query.WithPerson(personName);
        }
        else if (personRoleValue is not null)
        {
            throw new UsageException("--as needs --person");
        }

        if (parse.GetValue(studio) is { } studioName)
        {
            RequireName(studioName, "--studio", () => catalog.Query().FromStudio(studioName).Any(), () => Suggestions.Studios(catalog, studioName), "studio");
            query = query.FromStudio(studioName);
        }

        if (parse.GetValue(country) is { } code)
        {
            if (code.Length != 2 || !code.All(char.IsAsciiLetter))
            {
                throw new UsageException($"--country expects an ISO 3166 code of two letters such as SU, not '{code}'");
            }

            query = query.FromCountry(code);
        }

        if (parse.GetValue(verified))
        {
            query = query.VerifiedOnly();
        }

        IEnumerable<Film> films = query.ToList();
        if (parse.GetValue(selection) is { } selectionId)
        {
            var chosen = catalog.FindSelection(selectionId)
                ?? throw new UsageException($"unknown selection '{selectionId}'{Suggestions.DidYouMean(Spelling.Closest(selectionId, catalog.Selections.Select(s => s.Id)))}");
            films = films.Where(chosen.Films.Contains);
        }

        if (parse.GetValue(search) is { } text)
        {
            var matching = SearchMatches(catalog, text);
            films = films.Where(matching.Contains);
        }

        return films.ToList();
    }

    private static HashSet<Film> SearchMatches(FilmCatalog catalog, string text)
    {
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new UsageException("--search needs text with at least one letter or digit");
        }

        var hits = catalog.Search(text, max: catalog.Films.Count + catalog.Composers.Count + catalog.People.Count + catalog.Studios.Count);
        var films = hits.Where(h => h.Film is not null).Select(h => h.Film!).ToHashSet();
        foreach (var hit in hits)
        {
            if (hit.Composer is { } c)
            {
                films.UnionWith(catalog.Query().WithComposer(c.Id));
            }
            else if (hit.Person is { } p)
            {
                films.UnionWith(catalog.Query().WithPerson(p.Id));
            }
            else if (hit.Studio is { } s)
            {
                films.UnionWith(catalog.Query().FromStudio(s.Id));
            }
        }

        return films;
    }

    private static void RequireComposer(FilmCatalog catalog, string name)
    {
        if (!name.Any(char.IsLetterOrDigit))
        {
            throw new UsageException("--composer needs a name with at least one letter");
        }

        if (catalog.FindComposer(name) is null && catalog.Query().WithComposer(name).ToList().Count == 0)
        {
            throw new UsageException($"no composer named '{name}' in the catalogue{Suggestions.DidYouMean(Suggestions.Composers(catalog, name))}");
        }
    }

    private static void RequireName(string name, string option, Func<bool> exists, Func<IEnumerable<string>> suggestions, string what)
    {
        if (!name.Any(char.IsLetterOrDigit))
        {
            throw new UsageException($"{option} needs a name with at least one letter");
        }

        if (!exists())
        {
            throw new UsageException($"no {what} named '{name}' in the catalogue{Suggestions.DidYouMean(suggestions())}");
        }
    }

    private static int ParseYear(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1000 and <= 9999
            ? value
            : throw new UsageException($"{option} expects a four-digit year such as 1970, not '{text}'");

    private static int ParseDecade(string text)
    {
        var digits = text.EndsWith('s') ? text[..^1] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1000 and <= 9999 && value % 10 == 0
            ? value
            : throw new UsageException($"--decade expects the first year of a decade such as 1970 or 1970s, not '{text}'");
    }
}
