using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SovietFilms.Data.Format;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Writing;

/// <summary>
/// Writes a catalogue in the format of <c>data/catalog.json</c> from the entries its model was built from, field by
/// field from the same tables the reader reads by, so that what it writes loads back into an equal catalogue.
/// </summary>
internal static class CatalogWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Cyrillic, Georgian and accented Latin stay readable; only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(FilmCatalog catalog, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteNumber(RootFields.Format, CatalogReader.FormatVersion);
        json.WriteString(RootFields.DataVersion, catalog.DataVersion);

        json.WriteStartArray(ListName(CatalogEntryKind.Composer));
        foreach (var composer in catalog.Composers)
        {
            ComposerFields.Format.Write(json, composer.Entry);
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Person));
        foreach (var person in catalog.People)
        {
            PersonFields.Format.Write(json, person.PersonEntry!);
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Studio));
        foreach (var studio in catalog.Studios)
        {
            StudioFields.Format.Write(json, studio.Entry);
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Work));
        foreach (var work in catalog.Works)
        {
            WorkFields.Format.Write(json, work.Entry);
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Film));
        foreach (var film in catalog.Films)
        {
            FilmFields.Format.Write(json, film.Entry);
        }

        json.WriteEndArray();
        json.WriteStartArray(ListName(CatalogEntryKind.Selection));
        foreach (var selection in catalog.Selections)
        {
            SelectionFields.Format.Write(json, selection.Entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string ListName(CatalogEntryKind kind) => Building.EntryOrigin.ListName(kind);
}
