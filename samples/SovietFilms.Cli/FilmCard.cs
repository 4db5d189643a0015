using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>Everything the catalogue knows about one film, as labelled fields; absent values are left out.</summary>
internal static class FilmCard
{
    public static void Write(IReport report, Film film)
    {
        report.Heading(film.Year is { } year ? $"{film.Title} ({year})" : film.Title);
        var fields = new List<(string, Cell)>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                fields.Add((label, value));
            }
        }

        Add("Id", film.Id);
        Add("Original title", film.OriginalTitle);
        Add("Also known as", string.Join("\n", film.AlternateTitles));
        Add("Year", film.Year?.ToString(CultureInfo.InvariantCulture));
        Add("Kind", film.Kind is { } kind ? DataNames.Format(kind) : null);
        Add("Countries", string.Join(", ", film.Countries.Select(c => c.Name)));
        Add("Studios", string.Join(", ", film.Studios.Select(s => s.Name)));
        Add("Directed by", Names(film, PersonRole.Director));
        Add("Cast", Cast(film));
        Add("Choreography", Names(film, PersonRole.Choreographer));
        Add("Conducted by", Names(film, PersonRole.Conductor));
        Add("Narrated by", Names(film, PersonRole.Narrator));
        Add("Runtime", film.RuntimeMinutes is { } minutes ? $"{minutes} min" : null);
        Add("Composers", string.Join("\n", film.Composers.Select(c => $"{c.Composer.Name} ({DataNames.Format(c.Role)})")));
        Add("Featured works", string.Join("\n", film.FeaturedWorks.Select(w => $"{w.Title} ({w.Composer.Name})")));
        Add("Themes", string.Join(", ", film.Themes.Select(t => DataNames.Format(t))));
        Add("Summary", film.Summary);
        Add("Listed by the curator as", film.ListedAs);
        Add("Curator's description", film.Description);
        fields.Add(("Verification", Vocabulary.Mark(film.Verification)));
        Add("Verification note", film.VerificationNote);
        for (var i = 0; i < film.Facts.Count; i++)
        {
            var fact = film.Facts[i];
            var text = $"{Vocabulary.Mark(fact.Status)} {fact.Statement}";
            if (fact.Note is { } note)
            {
                text += $"\n{note}";
            }

            fields.Add(($"Fact {i + 1}", new Cell(text, FactColour(fact.Status))));
        }

        Add("IMDb", film.ImdbId);
        Add("Sources", string.Join("\n", film.Sources.Select(s => s.OriginalString)));
        Add("Credit sources", string.Join("\n", film.Credits.Where(c => c.Sources.Count > 0)
            .Select(c => $"{c.Person.Name} ({DataNames.Format(c.Role)}): {string.Join(" ", c.Sources.Select(s => s.OriginalString))}")));
        report.Fields(fields);
    }

    /// <summary>The people credited in one role, such as the directors, each once, in the film's order.</summary>
    public static string Names(Film film, PersonRole role) =>
        string.Join(", ", film.Credits.Where(c => c.Role == role).Select(c => c.Person.Name).Distinct());

    /// <summary>
    /// Everyone on screen or heard in a part, one a line, in the data's order: "Boris Chirkov: Mikhail Glinka", a
    /// role named where it is not acting, and beside each performer the voices and soloists who sang, spoke or played
    /// for them ("sung by Sergei Lemeshev").
    /// </summary>
    private static string Cast(Film film)
    {
        var lines = new List<string>();
        var performing = film.Credits.Where(c => c.Role is not (PersonRole.Director or PersonRole.Choreographer or PersonRole.Conductor or PersonRole.Narrator)).ToList();
        var helped = new HashSet<Person>();
        foreach (var credit in performing.Where(c => c.For is null))
        {
            var role = credit.Role == PersonRole.Actor ? "" : $" ({DataNames.Format(credit.Role)})";
            var line = credit.Character is { } character ? $"{credit.Person.Name}{role}: {character}" : credit.Person.Name + role;

            // The voices and soloists for a performer, beside the performer's first credit.
            var helpers = !helped.Add(credit.Person) ? [] : performing
                .Where(c => ReferenceEquals(c.For, credit.Person))
                .Select(c => $"{Verb(c.Role)} {c.Person.Name}")
                .ToList();
            lines.Add(helpers.Count == 0 ? line : $"{line} ({string.Join("; ", helpers)})");
        }

        return string.Join("\n", lines);
    }

    private static string Verb(PersonRole role) => role switch
    {
        PersonRole.SingingVoice => "sung by",
        PersonRole.Voice => "voiced by",
        _ => "played by",
    };

    private static string FactColour(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "green",
        FactStatus.PartlyTrue => "yellow",
        FactStatus.Refuted => "red",
        _ => "grey",
    };
}
