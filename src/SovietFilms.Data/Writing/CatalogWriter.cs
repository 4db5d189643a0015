using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SovietFilms.Data.Format;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Writing;

/// <summary>
/// Writes a catalogue in the format of <c>data/catalog.json</c> from the entries its model was built from, field by
/// field from the same tables the reader reads by, so that what it writes loads back into an equal catalogue.
/// </summary>
internal static class CatalogWriter
{
    // How much written JSON is held before it goes to the stream.
    private const int FlushAt = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Cyrillic, Georgian and accented Latin stay readable; only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(FilmCatalog catalog, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        foreach (var pending in Entries(catalog, json))
        {
            if (pending >= FlushAt)
            {
                json.Flush();
            }
        }
    }

    /// <summary>What <see cref="Write"/> writes, with asynchronous writes and flushes only.</summary>
    public static async Task WriteAsync(FilmCatalog catalog, Stream stream, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(stream, Options);
        await using (json.ConfigureAwait(false))
        {
            foreach (var pending in Entries(catalog, json))
            {
                if (pending >= FlushAt)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes the catalogue to <paramref name="json"/>, yielding the bytes it holds unwritten after each entry, so
    /// that the caller flushes them to the stream its own way as they pile up.
    /// </summary>
    private static IEnumerable<int> Entries(FilmCatalog catalog, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber(RootFields.Format, CatalogReader.FormatVersion);
        json.WriteString(RootFields.DataVersion, catalog.DataVersion);

        json.WriteStartArray(ListName(CatalogEntryKind.Composer));
        foreach (var composer in catalog.Composers)
        {
            ComposerFields.Format.Write(json, composer.Entry);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Person));
        foreach (var person in catalog.People)
        {
            PersonFields.Format.Write(json, person.PersonEntry!);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Studio));
        foreach (var studio in catalog.Studios)
        {
            StudioFields.Format.Write(json, studio.Entry);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Work));
        foreach (var work in catalog.Works)
        {
            WorkFields.Format.Write(json, work.Entry);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Film));
        foreach (var film in catalog.Films)
        {
            FilmFields.Format.Write(json, film.Entry);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Selection));
        foreach (var selection in catalog.Selections)
        {
            SelectionFields.Format.Write(json, selection.Entry);
            yield return json.BytesPending;
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string ListName(CatalogEntryKind kind) => Building.EntryOrigin.ListName(kind);
}
