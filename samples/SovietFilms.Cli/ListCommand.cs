using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli;

/// <summary>Lists the films of the embedded catalogue that match the filters, as a plain-text table.</summary>
internal static class ListCommand
{
    public const int Success = 0;
    public const int BadUsage = 2;

    private const string Help = """
        sovietfilms: list Soviet films about classical music from the SovietFilms.Data catalogue.

        Usage: sovietfilms [options]

        Options:
          --year YEAR          films released in YEAR
          --from YEAR          films released in YEAR or later
          --to YEAR            films released in YEAR or earlier
          --decade DECADE      films of a decade: 1970 or 1970s
          --theme THEME        films with THEME; repeat for several (all must match)
          --any-theme          with several --theme: any one may match
          --composer NAME      films with this composer, in any spelling: Tchaikovsky, Чайковский, Tschaikowsky
          --role ROLE          with --composer: subject, music or score
          --verified           leave out entries of the curator's selection that no source confirms
          -h, --help           show this help

        Examples:
          sovietfilms --composer Чайковский
          sovietfilms --decade 1970s --theme biography
          sovietfilms --theme opera --theme ballet --any-theme --from 1950 --to 1969
          sovietfilms --composer mozart --role subject

        Exit codes: 0 success (an empty result too), 2 bad usage.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ListOptions options;
        try
        {
            options = ListOptions.Parse(args);
        }
        catch (UsageException e)
        {
            error.WriteLine($"sovietfilms: {e.Message}");
            return BadUsage;
        }

        if (options.Help)
        {
            output.Write(Help.Replace("\r\n", "\n", StringComparison.Ordinal));
            return Success;
        }

        var catalog = FilmCatalog.Default;
        if (options.Composer is { } name && catalog.Query().WithComposer(name).ToList().Count == 0 && catalog.FindComposer(name) is null)
        {
            error.WriteLine($"sovietfilms: no composer named '{name}' in the catalogue (data version {catalog.DataVersion})");
            return BadUsage;
        }

        var films = BuildQuery(catalog, options).ToList();
        if (films.Count == 0)
        {
            error.WriteLine("No films match these filters.");
            return Success;
        }

        WriteTable(films, output);
        output.WriteLine();
        output.WriteLine($"{films.Count} film{(films.Count == 1 ? "" : "s")}; catalogue data version {catalog.DataVersion}.");
        return Success;
    }

    private static FilmQuery BuildQuery(FilmCatalog catalog, ListOptions options)
    {
        var query = catalog.Query();
        if (options.Year is { } year)
        {
            query = query.ReleasedIn(year);
        }

        if (options.From is not null || options.To is not null)
        {
            query = query.ReleasedBetween(options.From ?? int.MinValue, options.To ?? int.MaxValue);
        }

        if (options.Decade is { } decade)
        {
            query = query.ReleasedInDecade(decade);
        }

        if (options.Themes.Count > 0)
        {
            query = options.AnyTheme ? query.WithAnyTheme([.. options.Themes]) : query.WithAllThemes([.. options.Themes]);
        }

        if (options.Composer is { } composer)
        {
            query = options.Role is { } role ? query.WithComposer(composer, role) : query.WithComposer(composer);
        }

        return options.VerifiedOnly ? query.VerifiedOnly() : query;
    }

    private static void WriteTable(IReadOnlyList<Film> films, TextWriter output)
    {
        string[] header = ["Year", "Title", "Original title", "Directed by", "Status"];
        var rows = films.Select(f => new[]
        {
            f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            f.Title,
            f.OriginalTitle ?? "",
            string.Join(", ", f.Directors),
            f.Verification.ToString().ToLowerInvariant(),
        }).ToList();

        var widths = header.Select((h, column) => Math.Min(40, rows.Select(r => r[column].Length).Append(h.Length).Max())).ToArray();
        output.WriteLine(Row(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row, widths));
        }
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => Fit(cell, widths[i]).PadRight(widths[i]))).TrimEnd();

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
