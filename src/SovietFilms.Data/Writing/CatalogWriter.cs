using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Writing;

/// <summary>
/// Writes a catalogue in the format of <c>data/catalog.json</c>, field for field what <see cref="CatalogReader"/>
/// reads, so that what it writes loads back into an equal catalogue. Optional values that are absent are left out.
/// </summary>
internal static class CatalogWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Cyrillic, Georgian and accented Latin stay readable; only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(FilmCatalog catalog, Stream stream) =>
        Write(stream, catalog.DataVersion, catalog.Composers, catalog.Works, catalog.Films, catalog.Selections);

    public static void Write(
        Stream stream,
        string dataVersion,
        IEnumerable<Composer> composers,
        IEnumerable<Work> works,
        IEnumerable<Film> films,
        IEnumerable<Selection> selections)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteNumber("format", CatalogReader.FormatVersion);
        json.WriteString("dataVersion", dataVersion);

        json.WriteStartArray("composers");
        foreach (var composer in composers)
        {
            WriteComposer(json, composer);
        }

        json.WriteEndArray();

        json.WriteStartArray("works");
        foreach (var work in works)
        {
            WriteWork(json, work);
        }

        json.WriteEndArray();

        json.WriteStartArray("films");
        foreach (var film in films)
        {
            WriteFilm(json, film);
        }

        json.WriteEndArray();

        json.WriteStartArray("selections");
        foreach (var selection in selections)
        {
            json.WriteStartObject();
            json.WriteString("id", selection.Id);
            json.WriteString("title", selection.Title);
            Optional(json, "introduction", selection.Introduction);
            json.WriteStartArray("films");
            foreach (var film in selection.Films)
            {
                json.WriteStringValue(film.Id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComposer(Utf8JsonWriter json, Composer composer)
    {
        json.WriteStartObject();
        json.WriteString("id", composer.Id);
        json.WriteString("name", composer.Name);
        Optional(json, "nativeName", composer.NativeName);
        Strings(json, "aliases", composer.Aliases);
        Optional(json, "born", composer.BirthYear);
        Optional(json, "died", composer.DeathYear);
        Urls(json, "sources", composer.Sources);
        json.WriteEndObject();
    }

    private static void WriteWork(Utf8JsonWriter json, Work work)
    {
        json.WriteStartObject();
        json.WriteString("id", work.Id);
        json.WriteString("composer", work.Composer.Id);
        json.WriteString("title", work.Title);
        Optional(json, "originalTitle", work.OriginalTitle);
        Strings(json, "alternateTitles", work.AlternateTitles);
        Urls(json, "sources", work.Sources);
        json.WriteEndObject();
    }

    private static void WriteFilm(Utf8JsonWriter json, Film film)
    {
        json.WriteStartObject();
        json.WriteString("id", film.Id);
        json.WriteString("title", film.Title);
        Optional(json, "originalTitle", film.OriginalTitle);
        Strings(json, "alternateTitles", film.AlternateTitles);
        Optional(json, "year", film.Year);
        if (film.Kind is { } kind)
        {
            json.WriteString("kind", JsonNames.Kinds[(int)kind]);
        }

        Strings(json, "countries", film.Countries, c => c.Code);
        Strings(json, "studios", film.Studios);
        Strings(json, "directors", film.Directors);
        if (film.Cast.Count > 0)
        {
            json.WriteStartArray("cast");
            foreach (var member in film.Cast)
            {
                json.WriteStartObject();
                json.WriteString("actor", member.Actor);
                Optional(json, "role", member.Role);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Optional(json, "runtimeMinutes", film.RuntimeMinutes);
        Strings(json, "themes", film.Themes, t => JsonNames.Themes[(int)t]);
        if (film.Composers.Count > 0)
        {
            json.WriteStartArray("composers");
            foreach (var credit in film.Composers)
            {
                json.WriteStartObject();
                json.WriteString("id", credit.Composer.Id);
                json.WriteString("role", JsonNames.Roles[(int)credit.Role]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Strings(json, "works", film.FeaturedWorks, w => w.Id);
        json.WriteString("summary", film.Summary);
        Optional(json, "description", film.Description);
        Optional(json, "listedAs", film.ListedAs);
        if (film.Facts.Count > 0)
        {
            json.WriteStartArray("facts");
            foreach (var fact in film.Facts)
            {
                json.WriteStartObject();
                json.WriteString("statement", fact.Statement);
                json.WriteString("status", JsonNames.FactStatuses[(int)fact.Status]);
                Optional(json, "note", fact.Note);
                Urls(json, "sources", fact.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("verification", JsonNames.Verifications[(int)film.Verification]);
        Optional(json, "verificationNote", film.VerificationNote);
        Optional(json, "imdbId", film.ImdbId);
        Urls(json, "sources", film.Sources);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values) => Strings(json, name, values, v => v);

    // The reader takes URLs back in the form they were written, so write the original string, not Uri's canonical form.
    private static void Urls(Utf8JsonWriter json, string name, IReadOnlyList<Uri> values) => Strings(json, name, values, u => u.OriginalString);

    private static void Strings<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> values, Func<T, string> text)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(text(value));
        }

        json.WriteEndArray();
    }
}
