using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;

namespace SovietFilms.Data.Csv;

/// <summary>
/// Turns rows in the layout of <see cref="FilmCsvColumns"/> into a catalogue in the JSON format, and loads that
/// through <see cref="FilmCatalog.Load(System.IO.Stream)"/>, so CSV gets exactly the checks JSON gets. What the core validator
/// reports by JSON path is reported back by row and column.
/// </summary>
internal sealed class FilmCsvReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
    };

    private static readonly Regex ComposerCell = new(@"^(?<name>.+) \[(?<id>[^\[\]]+)\] \((?<role>[^()]+)\)$", RegexOptions.CultureInvariant);
    private static readonly Regex WorkCell = new(@"^(?<title>.+) \[(?<id>[^\[\]]+)\] by (?<composer>.+) \[(?<composerId>[^\[\]]+)\]$", RegexOptions.CultureInvariant);
    private static readonly Regex JsonPlace = new(@"^\$\.(?<section>films|composers|works)\[(?<index>\d+)\]( \((film|composer|work) ""(?<id>[^""]*)""\))?(\.(?<field>[A-Za-z]+))?(\[(?<item>\d+)\])?(?<rest>[^:]*): (?<message>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["id"] = "id", ["title"] = "title", ["originalTitle"] = "original_title", ["alternateTitles"] = "alternate_titles",
        ["year"] = "year", ["kind"] = "kind", ["countries"] = "countries", ["studios"] = "studios", ["directors"] = "directors",
        ["cast"] = "cast", ["runtimeMinutes"] = "runtime_minutes", ["themes"] = "themes", ["composers"] = "composers",
        ["works"] = "works", ["summary"] = "summary", ["description"] = "description", ["listedAs"] = "listed_as",
        ["verification"] = "verification", ["verificationNote"] = "verification_note", ["imdbId"] = "imdb_id", ["sources"] = "sources",
    };

    private readonly List<string> problems = [];
    private readonly List<int> filmRows = [];
    private readonly Dictionary<string, (string Name, List<string> Sources, int Row)> composers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Title, string Composer, int Row)> works = new(StringComparer.Ordinal);

    public static FilmCatalog Read(TextReader reader) => new FilmCsvReader().ReadCatalog(reader);

    private FilmCatalog ReadCatalog(TextReader reader)
    {
        var films = new List<Dictionary<string, string>>();
        try
        {
            using var csv = CsvReader.Create(reader, Options, leaveOpen: true);
            CheckHeader(csv.Headers);
            var row = 1;
            while (csv.Read())
            {
                row++;
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var column = 0; column < FilmCsvColumns.Header.Count; column++)
                {
                    cells[FilmCsvColumns.Header[column]] = Unescape(csv.GetString(column));
                }

                films.Add(cells);
                filmRows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new CatalogFormatException([$"line {e.LineNumber}: not valid CSV: {e.Message}"], e);
        }

        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            WriteCatalog(writer, films);
        }

        if (problems.Count > 0)
        {
            throw new CatalogFormatException(problems);
        }

        json.Position = 0;
        try
        {
            return FilmCatalog.Load(json);
        }
        catch (CatalogFormatException e)
        {
            throw new CatalogFormatException(e.Problems.Select(Translate), e);
        }
    }

    private static void CheckHeader(IReadOnlyList<string> headers)
    {
        if (!headers.SequenceEqual(FilmCsvColumns.Header, StringComparer.Ordinal))
        {
            throw new CatalogFormatException([
                $"row 1: expected the header {string.Join(",", FilmCsvColumns.Header)}; found {(headers.Count == 0 ? "nothing" : string.Join(",", headers))}"]);
        }
    }

    /// <summary>The writer escapes cells a spreadsheet would run as formulas with a leading apostrophe: take it off.</summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell.Substring(1) : cell;

    private void WriteCatalog(Utf8JsonWriter json, List<Dictionary<string, string>> films)
    {
        json.WriteStartObject();
        json.WriteNumber("format", 1);
        json.WriteString("dataVersion", "csv");
        json.WriteStartArray("films");
        for (var i = 0; i < films.Count; i++)
        {
            WriteFilm(json, films[i], filmRows[i]);
        }

        json.WriteEndArray();

        json.WriteStartArray("composers");
        foreach (var pair in composers)
        {
            json.WriteStartObject();
            json.WriteString("id", pair.Key);
            json.WriteString("name", pair.Value.Name);
            json.WriteStartArray("sources");
            foreach (var source in pair.Value.Sources.Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(source);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("works");
        foreach (var pair in works)
        {
            json.WriteStartObject();
            json.WriteString("id", pair.Key);
            json.WriteString("composer", pair.Value.Composer);
            json.WriteString("title", pair.Value.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteFilm(Utf8JsonWriter json, Dictionary<string, string> cells, int row)
    {
        var sources = Split(cells["sources"]);
        json.WriteStartObject();
        Text(json, "id", cells["id"]);
        Text(json, "title", cells["title"]);
        Text(json, "originalTitle", cells["original_title"]);
        List(json, "alternateTitles", Split(cells["alternate_titles"]));
        Number(json, "year", cells["year"]);
        Text(json, "kind", cells["kind"]);
        List(json, "countries", Split(cells["countries"]));
        List(json, "studios", Split(cells["studios"]));
        List(json, "directors", Split(cells["directors"]));
        var cast = Split(cells["cast"]);
        if (cast.Count > 0)
        {
            json.WriteStartArray("cast");
            foreach (var member in cast)
            {
                json.WriteStartObject();
                var open = member.IndexOf(" (", StringComparison.Ordinal);
                if (open > 0 && member.EndsWith(")", StringComparison.Ordinal))
                {
                    json.WriteString("actor", member.Substring(0, open));
                    json.WriteString("role", member.Substring(open + 2, member.Length - open - 3));
                }
                else
                {
                    json.WriteString("actor", member);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Number(json, "runtimeMinutes", cells["runtime_minutes"]);
        List(json, "themes", Split(cells["themes"]));
        var credits = Split(cells["composers"]);
        if (credits.Count > 0)
        {
            json.WriteStartArray("composers");
            foreach (var credit in credits)
            {
                var match = ComposerCell.Match(credit);
                if (!match.Success)
                {
                    problems.Add($"row {row}, column composers: expected \"Name [id] (role)\", found \"{credit}\"");
                    continue;
                }

                Remember(match.Groups["id"].Value, match.Groups["name"].Value, sources, row);
                json.WriteStartObject();
                json.WriteString("id", match.Groups["id"].Value);
                json.WriteString("role", match.Groups["role"].Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        var featured = Split(cells["works"]);
        if (featured.Count > 0)
        {
            json.WriteStartArray("works");
            foreach (var work in featured)
            {
                var match = WorkCell.Match(work);
                if (!match.Success)
                {
                    problems.Add($"row {row}, column works: expected \"Title [id] by Composer Name [composer-id]\", found \"{work}\"");
                    continue;
                }

                var id = match.Groups["id"].Value;
                var composerId = match.Groups["composerId"].Value;
                Remember(composerId, match.Groups["composer"].Value, sources, row);
                if (works.TryGetValue(id, out var known) && (known.Title != match.Groups["title"].Value || known.Composer != composerId))
                {
                    problems.Add($"row {row}, column works: work \"{id}\" is \"{known.Title}\" by \"{known.Composer}\" in row {known.Row}, not \"{match.Groups["title"].Value}\" by \"{composerId}\"");
                }
                else if (!works.ContainsKey(id))
                {
                    works[id] = (match.Groups["title"].Value, composerId, row);
                }

                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        Text(json, "summary", cells["summary"]);
        Text(json, "description", cells["description"]);
        Text(json, "listedAs", cells["listed_as"]);
        Text(json, "verification", cells["verification"]);
        Text(json, "verificationNote", cells["verification_note"]);
        Text(json, "imdbId", cells["imdb_id"]);
        List(json, "sources", sources);
        json.WriteEndObject();
    }

    /// <summary>Composer records come from the cells that name them; their sources are those of the films that credit them.</summary>
    private void Remember(string id, string name, List<string> sources, int row)
    {
        if (composers.TryGetValue(id, out var known))
        {
            if (known.Name != name)
            {
                problems.Add($"row {row}, column composers: composer \"{id}\" is named \"{known.Name}\" in row {known.Row}, not \"{name}\"");
            }

            known.Sources.AddRange(sources);
        }
        else
        {
            composers[id] = (name, [.. sources], row);
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length > 0)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>A number that does not parse is written as text, so the validator reports it with its value.</summary>
    private static void Number(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void List(Utf8JsonWriter json, string name, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static List<string> Split(string cell) =>
        cell.Length == 0 ? [] : [.. cell.Split([FilmCsvColumns.ListSeparator], StringSplitOptions.None)];

    /// <summary>Says by row and column what the core validator said by JSON path.</summary>
    private string Translate(string problem)
    {
        var match = JsonPlace.Match(problem);
        if (!match.Success)
        {
            return problem;
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Success ? match.Groups["field"].Value : null;
        var item = match.Groups["item"].Success ? $", item {int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture) + 1}" : "";
        var message = match.Groups["message"].Value;
        var id = match.Groups["id"].Success ? match.Groups["id"].Value : null;
        switch (match.Groups["section"].Value)
        {
            case "films":
                var row = index < filmRows.Count ? filmRows[index] : index + 2;
                var film = id is null ? "" : $" (film \"{id}\")";
                var column = field is not null && ColumnOfField.TryGetValue(field, out var name) ? $", column {name}{item}" : "";
                return $"row {row}{film}{column}: {message}";
            case "composers":
                var composerRow = id is not null && composers.TryGetValue(id, out var composer) ? composer.Row : 0;
                return $"row {composerRow}, column composers, composer \"{id}\"{(field is null ? "" : $" {field}")}: {message}";
            default:
                var workRow = id is not null && works.TryGetValue(id, out var work) ? work.Row : 0;
                return $"row {workRow}, column works, work \"{id}\"{(field is null ? "" : $" {field}")}: {message}";
        }
    }
}
