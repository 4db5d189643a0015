using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace SovietFilms.Cli;

/// <summary>
/// Rows of named values (text, whole numbers or nothing) as JSON, an array of objects with camelCase names as in a
/// catalogue file, or as CSV, RFC 4180 with a snake_case header as in the films' CSV: what the listing commands that
/// are not about films write. The JSON is written value by value, so native AOT needs no serializer metadata.
/// </summary>
internal static class Records
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Cyrillic, Georgian and accented Latin stay readable, as in the catalogue's own JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // A cell that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises.
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>Writes <paramref name="rows"/>, each with a value for each of <paramref name="names"/>, as json or csv.</summary>
    public static void Write(TextWriter writer, string format, IReadOnlyList<string> names, IEnumerable<IReadOnlyList<object?>> rows)
    {
        if (format == "json")
        {
            WriteJson(writer, names, rows);
        }
        else
        {
            WriteCsv(writer, names, rows);
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<string> names, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Count; i++)
                {
                    switch (row[i])
                    {
                        case null:
                            json.WriteNull(names[i]);
                            break;
                        case int number:
                            json.WriteNumber(names[i], number);
                            break;
                        default:
                            json.WriteString(names[i], (string)row[i]!);
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> names, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(writer, CsvOptions, leaveOpen: true);
        csv.WriteHeader([.. names.Select(SnakeCase)]);
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value switch
                {
                    null => "",
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    _ => (string)value,
                });
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>nativeName as native_name.</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
