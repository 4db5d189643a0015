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
        Add("Studios", string.Join(", ", film.Studios));
        Add("Directed by", string.Join(", ", film.Directors));
        Add("Cast", string.Join("\n", film.Cast.Select(c => c.ToString())));
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
        report.Fields(fields);
    }

    private static string FactColour(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "green",
        FactStatus.PartlyTrue => "yellow",
        FactStatus.Refuted => "red",
        _ => "grey",
    };
}
