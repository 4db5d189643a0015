using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace SovietFilms.Data.Csv;

/// <summary>
/// Films as CSV, one row per film, in the layout of <see cref="FilmCsvColumns"/>: RFC 4180 quoting, and cells that
/// a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
/// return) escaped with a leading apostrophe.
/// </summary>
public static class FilmCsv
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>Writes a header row and one row per film. The writer is flushed, not closed.</summary>
    /// <param name="films">The films, written in the order given.</param>
    /// <param name="writer">Where to write; UTF-8 is what spreadsheets expect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="films"/> or <paramref name="writer"/> is <see langword="null"/>, or a film is.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public static void Write(IEnumerable<Film> films, TextWriter writer)
    {
        if (films is null)
        {
            throw new ArgumentNullException(nameof(films));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        using var csv = CsvWriter.Create(writer, WriterOptions, leaveOpen: true);
        csv.WriteHeader(FilmCsvColumns.Header.ToArray());
        foreach (var film in films)
        {
            if (film is null)
            {
                throw new ArgumentNullException(nameof(films), "The films hold null.");
            }

            foreach (var cell in Cells(film))
            {
                csv.WriteField(cell);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// Reads films in the layout <see cref="Write"/> writes into a catalogue, through the same validator as
    /// <see cref="FilmCatalog.Load(System.IO.Stream)"/>. Composer records are made from the cells that name them, with the sources of
    /// the films that credit them; works likewise. Its <see cref="FilmCatalog.DataVersion"/> is <c>csv</c>.
    /// </summary>
    /// <param name="reader">CSV with the header row of <see cref="FilmCsvColumns.Header"/>.</param>
    /// <returns>The catalogue of the rows' films.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogFormatException">
    /// The CSV is malformed, its header differs from the documented one, or its content breaks the catalogue's
    /// rules; every problem is listed with its row, column and value.
    /// </exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static FilmCatalog Read(TextReader reader) =>
        FilmCsvReader.Read(reader ?? throw new ArgumentNullException(nameof(reader)));

    private static IEnumerable<string> Cells(Film film) =>
    [
        film.Id,
        film.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        film.Title,
        film.OriginalTitle ?? "",
        Join(film.AlternateTitles),
        film.Kind is { } kind ? DataNames.Format(kind) : "",
        Join(film.Countries.Select(c => c.Code)),
        Join(film.Studios),
        Join(film.Directors),
        Join(film.Cast.Select(c => c.Role is null ? c.Actor : $"{c.Actor} ({c.Role})")),
        film.RuntimeMinutes?.ToString(CultureInfo.InvariantCulture) ?? "",
        Join(film.Themes.Select(t => DataNames.Format(t))),
        Join(film.Composers.Select(c => $"{c.Composer.Name} [{c.Composer.Id}] ({DataNames.Format(c.Role)})")),
        Join(film.FeaturedWorks.Select(w => $"{w.Title} [{w.Id}] by {w.Composer.Name} [{w.Composer.Id}]")),
        film.Summary,
        film.Description ?? "",
        film.ListedAs ?? "",
        DataNames.Format(film.Verification),
        film.VerificationNote ?? "",
        film.ImdbId ?? "",
        Join(film.Sources.Select(s => s.OriginalString)),
    ];

    private static string Join(IEnumerable<string> items) => string.Join(FilmCsvColumns.ListSeparator, items);
}
