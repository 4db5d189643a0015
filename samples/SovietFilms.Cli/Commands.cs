using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using SovietFilms.Data;
using SovietFilms.Data.Csv;

namespace SovietFilms.Cli;

/// <summary>The commands of the app, each a <see cref="Command"/> with its options and its action.</summary>
internal static class Commands
{
    public static Command List(CliConsole console, FilmCatalog catalog)
    {
        var filters = new FilterOptions();
        var sort = new Option<string>("--sort") { Description = "Order: year (then title) or title (then year).", HelpName = "year|title", DefaultValueFactory = _ => "year" };
        var format = FormatOption("a catalogue file of the films");
        var command = new Command("list", "List films, filtered by year, theme, composer and more.");
        filters.AddTo(command);
        command.Options.Add(sort);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var outputFormat = FormatOf(parse, format);
            var order = Choice(parse.GetValue(sort)!, "sort", "year", "title");
            var films = filters.Select(parse, catalog);
            if (order == "title")
            {
                films = films.OrderBy(f => f.Title, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Year ?? int.MaxValue).ToList();
            }

            WriteFilms(console, catalog, films, outputFormat);
            return ReportEmpty(console, films.Count);
        });
        return command;
    }

    public static Command Show(CliConsole console, FilmCatalog catalog)
    {
        var film = new Argument<string>("name") { Description = "A film's id (such as tchaikovsky-1970) or title in any language; or a person's or a studio's name or id." };
        var command = new Command("show", "Show a film's card (titles, year, people by role, composers, works, themes, the curator's text, every fact with its status, the sources, and related films with what they share), or a person's or studio's films.");
        command.Arguments.Add(film);
        command.SetAction(parse =>
        {
            var text = parse.GetValue(film)!;
            var report = console.Report();
            if (FindFilmOrOther(catalog, text, report) is not { } found)
            {
                return ExitCodes.Success;
            }

            FilmCard.Write(report, found);
            var related = catalog.Related(found);
            if (related.Count > 0)
            {
                report.Heading("Related films");
                report.Table(["Year", "Film", new("Id", Whole: true), new("Shared", Dispensable: 1)], related.Select(r => (IReadOnlyList<Cell>)[Year(r.Film), r.Film.Title, r.Film.Id, r.Reasons()]));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command People(CliConsole console, FilmCatalog catalog)
    {
        var format = FormatOption("an array of people");
        var command = new Command("people", "List everyone credited in films (directors, performers, singing voices, conductors), sorted by surname, with native name, life years, number of films and id.");
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            WritePeople(console, FormatOf(parse, format), "Person", catalog.People, p => catalog.Query().WithPerson(p.Id).ToList().Count);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Composers(CliConsole console, FilmCatalog catalog)
    {
        var format = FormatOption("an array of composers");
        var command = new Command("composers", "List every composer, sorted by surname, with native name, life years, number of films and id.");
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            WritePeople(console, FormatOf(parse, format), "Composer", catalog.Composers, c => catalog.Query().WithComposer(c.Id).ToList().Count);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Themes(CliConsole console, FilmCatalog catalog)
    {
        var format = FormatOption("an array of themes");
        var command = new Command("themes", "List the theme vocabulary with its definitions and film counts.");
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var outputFormat = FormatOf(parse, format);
            var themes = Enum.GetValues<Theme>().Select(t => (Name: DataNames.Format(t), Meaning: ThemeDefinitions.Of(t), Films: catalog.Query().WithTheme(t).ToList().Count)).ToList();
            if (outputFormat == "table")
            {
                console.Report().Table([new("Theme", Whole: true), "Meaning", "Films"], themes.Select(t => (IReadOnlyList<Cell>)[t.Name, t.Meaning, Count(t.Films)]));
            }
            else
            {
                Records.Write(console.Output, outputFormat, ["name", "meaning", "filmCount"], themes.Select(t => (IReadOnlyList<object?>)[t.Name, t.Meaning, t.Films]));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command SelectionCommand(CliConsole console, FilmCatalog catalog)
    {
        var id = new Argument<string?>("id") { Description = "The selection's id; the curator's selection when left out.", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption("a catalogue file of the selection and its films");
        var command = new Command("selection", "Show a curated selection in its order, with each film's verification status and id.");
        command.Arguments.Add(id);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var outputFormat = FormatOf(parse, format);
            var wanted = parse.GetValue(id);
            var selection = wanted is null
                ? (catalog.Selections.Count > 0 ? catalog.Selections[0] : throw new UsageException("the catalogue has no selection"))
                : catalog.FindSelection(wanted) ?? throw new UsageException(
                    $"unknown selection '{wanted}'{Suggestions.DidYouMean(Spelling.Closest(wanted, catalog.Selections.Select(s => s.Id)))}");
            if (outputFormat != "table")
            {
                WriteFilms(console, catalog, selection.Films, outputFormat);
                return ExitCodes.Success;
            }

            var report = console.Report();
            report.Heading(selection.Title);
            if (selection.Introduction is { } introduction)
            {
                report.Paragraph(introduction);
            }

            var rows = selection.Films.Select((f, i) => (IReadOnlyList<Cell>)[Count(i + 1), f.ListedAs ?? "", f.Title, Year(f), Vocabulary.Mark(f.Verification), f.Id]);
            report.Table(["#", new("Listed as", Dispensable: 2), "Film", "Year", new("Status", Dispensable: 1), new("Id", Whole: true)], rows);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Stats(CliConsole console, FilmCatalog catalog)
    {
        var command = new Command("stats", "Bar charts of the films that sources confirm: per decade, per kind, per theme and per composer.");
        command.SetAction(_ =>
        {
            var films = catalog.Query().VerifiedOnly().ToList();
            var report = console.Report();
            report.Bars("Films per decade", films.GroupBy(f => f.Year!.Value / 10 * 10).OrderBy(g => g.Key).Select(g => ($"{g.Key}s", g.Count())));
            report.Bars("Films per kind", Enum.GetValues<FilmKind>()
                .Select(k => (DataNames.Format(k), films.Count(f => f.Kind == k)))
                .Where(p => p.Item2 > 0)
                .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal));
            report.Bars("Films per theme", Enum.GetValues<Theme>()
                .Select(t => (DataNames.Format(t), films.Count(f => f.Themes.Contains(t))))
                .Where(p => p.Item2 > 0)
                .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal));
            report.Bars("Films per composer (the 15 with most films, any role)", catalog.Composers
                .Select(c => (c.Name, films.Count(f => f.Composers.Any(credit => credit.Composer == c))))
                .OrderByDescending(p => p.Item2).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Take(15));
            report.Bars("Films per director (the 10 with most films)", MostFilmed(films, c => c.Role == PersonRole.Director, 10));
            report.Bars("Films per performer (the 15 with most films, on screen or as a voice)", MostFilmed(films, c => c.Role is not (PersonRole.Director or PersonRole.Choreographer or PersonRole.Conductor), 15));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Export(CliConsole console, FilmCatalog catalog)
    {
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "json (a catalogue file that FilmCatalog.Load reads back) or csv.", HelpName = "json|csv", Required = true };
        var output = new Option<string?>("--output") { Description = "Write to FILE instead of standard output (- is standard output); a failure never leaves half a file.", HelpName = "FILE" };
        var command = new Command("export", "Export the whole catalogue, or the films the filters select, as JSON or CSV.");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var outputFormat = Choice(parse.GetValue(format)!, "format", "json", "csv");
            var films = filters.Select(parse, catalog);
            if (parse.GetValue(output) is "")
            {
                throw new UsageException("--output needs a file name, or - for standard output");
            }

            if (parse.GetValue(output) is { } file and not "-")
            {
                AtomicFile.Write(file, writer => WriteFilms(console, catalog, films, outputFormat, writer));
                console.Error.WriteLine(Terminal.Clean($"Wrote {films.Count} film{(films.Count == 1 ? "" : "s")} to {Path.GetFullPath(file)}."));
            }
            else
            {
                WriteFilms(console, catalog, films, outputFormat);
            }

            return ReportEmpty(console, films.Count);
        });
        return command;
    }

    private static void WriteFilms(CliConsole console, FilmCatalog catalog, IReadOnlyList<Film> films, string format) =>
        WriteFilms(console, catalog, films, format, console.Output);

    /// <summary>JSON and CSV go to <paramref name="writer"/> undecorated, whatever the console; a table goes to the console's report.</summary>
    private static void WriteFilms(CliConsole console, FilmCatalog catalog, IReadOnlyList<Film> films, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    catalog.Subset(films).WriteJson(buffer);
                    writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "csv":
                FilmCsv.Write(films, writer);
                break;
            default:
                if (films.Count > 0)
                {
                    console.Report().Table(
                        ["Year", "Title", new("Original title", Dispensable: 3), new("Directed by", Dispensable: 2), new("Status", Dispensable: 1), new("Id", Whole: true)],
                        films.Select(f => (IReadOnlyList<Cell>)[Year(f), f.Title, f.OriginalTitle ?? "", FilmCard.Names(f, PersonRole.Director), Vocabulary.Mark(f.Verification), f.Id]));
                }

                break;
        }
    }

    /// <summary>People or composers by surname, then by the whole name, as a table, a JSON array or CSV.</summary>
    private static void WritePeople(CliConsole console, string format, string heading, IEnumerable<Person> people, Func<Person, int> films)
    {
        var rows = people
            .OrderBy(p => Surname(p.Name), StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => (Person: p, Films: films(p)))
            .ToList();
        if (format == "table")
        {
            console.Report().Table(
                [heading, new("Native name", Dispensable: 2), new("Life", Dispensable: 1), "Films", new("Id", Whole: true)],
                rows.Select(r => (IReadOnlyList<Cell>)[r.Person.Name, r.Person.NativeName ?? "", Life(r.Person), Count(r.Films), r.Person.Id]));
        }
        else
        {
            Records.Write(console.Output, format, ["id", "name", "nativeName", "born", "died", "filmCount"], rows.Select(r =>
                (IReadOnlyList<object?>)[r.Person.Id, r.Person.Name, r.Person.NativeName, r.Person.BirthYear, r.Person.DeathYear, r.Films]));
        }
    }

    private static IEnumerable<(string, int)> MostFilmed(IReadOnlyList<Film> films, Func<PersonCredit, bool> counts, int take) =>
        films.SelectMany(f => f.Credits.Where(counts).Select(c => c.Person).Distinct())
            .GroupBy(p => p)
            .Select(g => (g.Key.Name, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(take);

    /// <summary>
    /// The surname, which the model does not record: the last word of the name's usual English form, which puts
    /// given names first ("Pyotr Ilyich Tchaikovsky", "Ludwig van Beethoven"), passing over a former surname in
    /// brackets and a generational suffix in Roman numerals ("Johann Strauss II").
    /// </summary>
    private static string Surname(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => w[0] != '(' && !IsGenerational(w)) ?? name;

    private static bool IsGenerational(string word) => word.All(c => c is 'I' or 'V' or 'X');

    private static int ReportEmpty(CliConsole console, int count)
    {
        if (count == 0)
        {
            console.Error.WriteLine("No films match these filters.");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The film a text names: by id, or by an exact or alias match of a title. When no film has that name, a person's or
    /// studio's card is written instead, and null returned; when nothing has it, a usage error with suggestions.
    /// </summary>
    private static Film? FindFilmOrOther(FilmCatalog catalog, string text, IReport report)
    {
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new UsageException("show needs a film id or title, or a person's or studio's name, such as tchaikovsky-1970");
        }

        if (catalog.FindFilm(text) is { } byId)
        {
            return byId;
        }

        var named = catalog.Search(text, catalog.Films.Count)
            .Where(h => h.Film is not null && h.Match is SearchMatch.Exact or SearchMatch.Alias)
            .Select(h => h.Film!)
            .ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count > 1)
        {
            throw new UsageException($"'{text}' names {named.Count} films: {string.Join(", ", named.Select(f => $"{f.Id} ({Year(f)})"))}; give the id");
        }

        var people = catalog.FindPeople(text);
        if (people.Count == 1)
        {
            PersonCard(catalog, people[0], report);
            return null;
        }

        if (people.Count > 1)
        {
            throw new UsageException($"'{text}' names {people.Count} people: {string.Join(", ", people.Take(5).Select(p => $"{p.Name} ({p.Id})"))}; give a full name or the id");
        }

        if (catalog.FindStudio(text) is { } studio)
        {
            StudioCard(catalog, studio, report);
            return null;
        }

        var suggestions = Suggestions.Films(catalog, text).Concat(Suggestions.People(catalog, text)).Concat(Suggestions.Studios(catalog, text));
        throw new UsageException($"no film, person or studio '{text}' in the catalogue{Suggestions.DidYouMean(suggestions)}");
    }

    private static void PersonCard(FilmCatalog catalog, Person person, IReport report)
    {
        report.Heading(person.Name);
        var fields = new List<(string, Cell)> { ("Id", person.Id) };
        if (person.NativeName is { } native)
        {
            fields.Add(("Native name", native));
        }

        if (person.Aliases.Count > 0)
        {
            fields.Add(("Also written", string.Join(", ", person.Aliases)));
        }

        if (Life(person) is { Length: > 0 } life)
        {
            fields.Add(("Life", life));
        }

        if (person.Sources.Count > 0)
        {
            fields.Add(("Sources", string.Join("\n", person.Sources.Select(s => s.OriginalString))));
        }

        report.Fields(fields);
        var rows = catalog.Query().WithPerson(person.Id)
            .SelectMany(f => f.Credits.Where(c => ReferenceEquals(c.Person, person)).Select(c => (Film: f, Credit: c)))
            .OrderBy(r => r.Credit.Role).ThenBy(r => r.Film.Year ?? int.MaxValue)
            .Select(r => (IReadOnlyList<Cell>)[DataNames.Format(r.Credit.Role), Year(r.Film), r.Film.Title, r.Credit.Character ?? "", r.Credit.For?.Name ?? "", r.Film.Id]);
        report.Heading("Films by role");
        report.Table(["Role", "Year", "Film", new("Part", Dispensable: 2), new("For", Dispensable: 1), new("Id", Whole: true)], rows);
    }

    private static void StudioCard(FilmCatalog catalog, Studio studio, IReport report)
    {
        report.Heading(studio.Name);
        var fields = new List<(string, Cell)> { ("Id", studio.Id) };
        if (studio.NativeName is { } native)
        {
            fields.Add(("Native name", native));
        }

        if (studio.City is { } city)
        {
            fields.Add(("City", city));
        }

        if (studio.Country is { } country)
        {
            fields.Add(("Country", country.Name));
        }

        if (studio.Sources.Count > 0)
        {
            fields.Add(("Sources", string.Join("\n", studio.Sources.Select(s => s.OriginalString))));
        }

        report.Fields(fields);
        report.Heading("Films");
        report.Table(["Year", "Film", new("Directed by", Dispensable: 1), new("Id", Whole: true)], catalog.Query().FromStudio(studio.Id).Select(f => (IReadOnlyList<Cell>)[Year(f), f.Title, FilmCard.Names(f, PersonRole.Director), f.Id]));
    }

    /// <summary>The --format of a listing command: table for reading, json or csv for programs.</summary>
    private static Option<string> FormatOption(string json) =>
        new("--format") { Description = $"Output: table, json ({json}) or csv.", HelpName = "table|json|csv", DefaultValueFactory = _ => "table" };

    private static string FormatOf(ParseResult parse, Option<string> format) => Choice(parse.GetValue(format)!, "format", "table", "json", "csv");

    private static string Choice(string value, string option, params string[] allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"--{option} expects {string.Join(", ", allowed)}, not '{value}'{Suggestions.DidYouMean(Spelling.Closest(value, allowed))}");

    /// <summary>
    /// The examples of each command, in the order of the root's help, which <c>HelpWithExamples</c> prints after a
    /// command's help. A constant table: every <c>Cli.Run</c>, on any thread, reads the same one.
    /// </summary>
    public static readonly IReadOnlyList<(string Command, string[] Examples)> Examples =
    [
        ("list", ["sovietfilms list --composer Чайковский", "sovietfilms list --person Уланова", "sovietfilms list --person Rappaport --as director", "sovietfilms list --studio Lenfilm --country SU", "sovietfilms list --decade 1970s --theme biography", "sovietfilms list --theme opera --theme ballet --any-theme --from 1950 --to 1969", "sovietfilms list --kind animated --composer tchaikovsky", "sovietfilms list --composer mozart --role subject --format json"]),
        ("show", ["sovietfilms show tchaikovsky-1970", "sovietfilms show \"Mozart and Salieri\"", "sovietfilms show Чайковский", "sovietfilms show Lemeshev", "sovietfilms show Mosfilm"]),
        ("people", ["sovietfilms people", "sovietfilms people --format csv > people.csv"]),
        ("composers", ["sovietfilms composers", "sovietfilms composers --format json"]),
        ("themes", ["sovietfilms themes", "sovietfilms themes --format csv"]),
        ("selection", ["sovietfilms selection", "sovietfilms selection classical-music-in-soviet-cinema", "sovietfilms selection --format csv"]),
        ("stats", ["sovietfilms stats"]),
        ("export", ["sovietfilms export --format json --output catalog.json", "sovietfilms export --format csv --composer prokofiev > prokofiev.csv"]),
    ];

    internal static string Year(Film film) => film.Year?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Life(Person person) => (person.BirthYear, person.DeathYear) switch
    {
        (null, null) => "",
        ({ } born, null) => $"{born}–",
        (null, { } died) => $"?–{died}",
        ({ } born, { } died) => $"{born}–{died}",
    };
}
