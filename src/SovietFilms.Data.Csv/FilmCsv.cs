using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;

namespace SovietFilms.Data.Csv;

/// <summary>
/// Films as CSV, one row per film, in the layout of <see cref="FilmCsvColumns"/>: RFC 4180 quoting, and cells that
/// a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
/// return) escaped with a leading apostrophe. What <see cref="Write"/> writes, <see cref="Read"/> reads back into
/// the same films, field for field.
/// </summary>
public static class FilmCsv
{
    // Formula cells are escaped here rather than by CsvHelper, so that a value that itself starts with an apostrophe
    // is escaped too and comes back whole.
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { Injection = CsvInjection.None };

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
        csv.WriteHeader([.. FilmCsvLayout.Header]);
        foreach (var film in films)
        {
            if (film is null)
            {
                throw new ArgumentNullException(nameof(films), "The films hold null.");
            }

            foreach (var field in FilmCsvLayout.Fields)
            {
                var cell = FilmCsvLayout.Cell(film, field);
                if (FormulaEscape.Needed(cell))
                {
                    // Quoted as well, as OWASP advises, so no spreadsheet reads past the apostrophe.
                    csv.WriteField("'" + cell, CsvQuoting.Always);
                }
                else
                {
                    csv.WriteField(cell);
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// Reads films in the layout <see cref="Write"/> writes into a catalogue, through the same builder and checks as
    /// <see cref="FilmCatalog.Load(System.IO.Stream)"/>. Composer records are made from the cells that name them, with the sources of
    /// the films that credit them; works likewise. Its <see cref="FilmCatalog.DataVersion"/> is <c>csv</c>.
    /// At most 64 Mi characters are read, the bound a JSON catalogue has in bytes; past it the CSV is refused.
    /// </summary>
    /// <param name="reader">CSV with the header row of <see cref="FilmCsvColumns.Header"/>.</param>
    /// <returns>The catalogue of the rows' films.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogFormatException">
    /// The CSV is malformed or too large, its header differs from the documented one, or its content breaks the catalogue's
    /// rules; every problem is listed with its row and column (<see cref="CatalogProblem.Row"/>, <see cref="CatalogProblem.Column"/>).
    /// </exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static FilmCatalog Read(TextReader reader) =>
        FilmCsvReader.Read(reader ?? throw new ArgumentNullException(nameof(reader)));

    /// <summary>
    /// Writes what <see cref="Write"/> writes, with asynchronous writes and flushes only: for a writer over a stream
    /// that forbids synchronous I/O, such as an ASP.NET Core response body. The text is made in memory first, then
    /// written. The writer is flushed, not closed.
    /// </summary>
    /// <param name="films">The films, written in the order given.</param>
    /// <param name="writer">Where to write; UTF-8 is what spreadsheets expect.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="films"/> or <paramref name="writer"/> is <see langword="null"/>, or a film is.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteAsync(IEnumerable<Film> films, TextWriter writer, CancellationToken cancellationToken = default)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(films, text);
        return WriteTextAsync(text.GetStringBuilder(), writer, cancellationToken);

        static async Task WriteTextAsync(StringBuilder text, TextWriter writer, CancellationToken cancellationToken)
        {
#if NET
            foreach (var chunk in text.GetChunks())
            {
                await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(text.ToString()).ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
#endif
        }
    }

    /// <summary>
    /// Reads what <see cref="Read"/> reads, with asynchronous reads only: for a reader over a stream that forbids
    /// synchronous I/O, such as an ASP.NET Core request body. The text, up to the same bound, is read into memory first.
    /// </summary>
    /// <param name="reader">CSV with the header row of <see cref="FilmCsvColumns.Header"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalogue of the rows' films.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogFormatException">As for <see cref="Read"/>.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<FilmCatalog> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return ReadTextAsync(reader, cancellationToken);

        static async Task<FilmCatalog> ReadTextAsync(TextReader reader, CancellationToken cancellationToken)
        {
            // One character past the bound is enough for Read to refuse the text as too large, at the row it reached.
            var text = new StringBuilder();
            var chunk = new char[8192];
            while (text.Length <= FilmCsvReader.MaxCharacters)
            {
#if NET
                var read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
                cancellationToken.ThrowIfCancellationRequested();
                var read = await reader.ReadAsync(chunk, 0, chunk.Length).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                text.Append(chunk, 0, read);
            }

            return Read(new StringReader(text.ToString()));
        }
    }
}
