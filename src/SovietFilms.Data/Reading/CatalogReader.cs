using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Reads a catalogue in the JSON format of <c>data/catalog.json</c> into a <see cref="RawCatalog"/>:
/// every value checked for type and form, every problem recorded with its place. It uses
/// <see cref="JsonDocument"/>, which needs no reflection, so it is trimming- and AOT-safe.
/// </summary>
internal static class CatalogReader
{
    /// <summary>The only format version this reader knows.</summary>
    public const int FormatVersion = 1;

    public static RawCatalog? Read(Stream stream, CatalogLoadOptions options, ProblemList problems)
    {
        var bytes = ReadBounded(stream, options.MaxBytes, problems);
        if (bytes is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(
                SkipByteOrderMark(bytes),
                new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            // A syntax error has a line and byte; a duplicate field, found after parsing, has a JSON path.
            var place = e.LineNumber is { } line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : e.Path ?? "$";
            problems.Add(place, $"not valid JSON: {FirstSentence(e.Message)}", e);
            return null;
        }
        catch (InvalidOperationException e)
        {
            // The check for duplicate fields decodes every field name, and meets a bad one before CheckText can.
            problems.Add("$", "expected field names of text, found one that is not valid UTF-8 or holds an unpaired surrogate", e);
            return null;
        }

        using (document)
        {
            // The parser checks structure, not the text inside strings: check it once here, so that reading
            // a field never meets an unpaired surrogate or a byte that is not UTF-8.
            CheckText(document.RootElement, "$", problems);
            return problems.Count > 0 ? null : ReadRoot(document.RootElement, options, problems);
        }
    }

    private static void CheckText(JsonElement element, string place, ProblemList problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException e)
                {
                    problems.Add(place, "expected text, found a string that is not valid UTF-8 or holds an unpaired surrogate", e);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckText(item, place + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", problems);
                    index++;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException e)
                    {
                        problems.Add(place, "expected field names of text, found one that is not valid UTF-8 or holds an unpaired surrogate", e);
                        continue;
                    }

                    CheckText(property.Value, place + "." + name, problems);
                }

                break;
        }
    }

    private static byte[]? ReadBounded(Stream stream, int maxBytes, ProblemList problems)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                problems.Add("$", $"the catalogue is larger than the limit of {maxBytes} bytes");
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            ? bytes.AsMemory(3)
            : bytes.AsMemory();

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own "Path: $ | LineNumber: ..." suffix; the place is reported separately.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static RawCatalog? ReadRoot(JsonElement root, CatalogLoadOptions options, ProblemList problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", $"expected a JSON object, found {JsonObjectReader.Describe(root)}");
            return null;
        }

        var json = new JsonObjectReader(root, "$", options, problems);
        var format = json.RequiredInt("format", 1, int.MaxValue);
        if (format is not null and not FormatVersion)
        {
            // A newer format may change meanings, not only add fields: refuse it rather than misread it.
            json.Problem("format", $"expected format {FormatVersion}, found {format}; a newer version of SovietFilms.Data may read it");
            return null;
        }

        var dataVersion = json.RequiredString("dataVersion");
        var setAside = new SetAsideIds();
        var composers = json.ObjectList("composers", required: true, item => Entry(item, setAside.Composers, ReadComposer));
        var works = json.ObjectList("works", required: false, item => Entry(item, setAside.Works, ReadWork));
        var films = json.ObjectList("films", required: true, item => Entry(item, setAside.Films, ReadFilm));
        var selections = json.ObjectList("selections", required: false, item => Entry(item, setAside: null, ReadSelection));

        return dataVersion is null ? null : new RawCatalog(dataVersion, setAside, composers, works, films, selections);
    }

    /// <summary>
    /// Reads one entry; if it has problems of its own, sets it aside by id instead of returning it (in
    /// <c>setAside</c>; null for selections, which nothing references).
    /// </summary>
    private static T? Entry<T>(JsonObjectReader json, HashSet<string>? setAside, Func<JsonObjectReader, T?> read)
        where T : class
    {
        var before = json.ProblemCount;
        var entry = read(json);
        if (json.ProblemCount == before)
        {
            return entry;
        }

        if (setAside is not null && json.PeekString("id") is { } id)
        {
            setAside.Add(id);
        }

        return null;
    }

    private static RawComposer? ReadComposer(JsonObjectReader json)
    {
        var id = json.RequiredId("id");
        json = json.WithPlace(Label(json.Place, "composer", id));
        var name = json.RequiredString("name");
        var nativeName = json.OptionalString("nativeName");
        var aliases = json.StringList("aliases");
        var born = json.OptionalInt("born", CatalogLimits.FirstComposerYear, CatalogLimits.LastYear);
        var died = json.OptionalInt("died", CatalogLimits.FirstComposerYear, CatalogLimits.LastYear);
        var sources = json.UrlList("sources", required: true);
        return id is null || name is null
            ? null
            : new RawComposer(json.Place, id, name, nativeName, aliases, born, died, sources);
    }

    private static RawWork? ReadWork(JsonObjectReader json)
    {
        var id = json.RequiredId("id");
        json = json.WithPlace(Label(json.Place, "work", id));
        var composer = json.RequiredId("composer");
        var title = json.RequiredString("title");
        var originalTitle = json.OptionalString("originalTitle");
        var alternateTitles = json.StringList("alternateTitles");
        var sources = json.UrlList("sources", required: false);
        return id is null || composer is null || title is null
            ? null
            : new RawWork(json.Place, id, composer, title, originalTitle, alternateTitles, sources);
    }

    private static RawFilm? ReadFilm(JsonObjectReader json)
    {
        var id = json.RequiredId("id");
        json = json.WithPlace(Label(json.Place, "film", id));
        var title = json.RequiredString("title");
        var originalTitle = json.OptionalString("originalTitle");
        var alternateTitles = json.StringList("alternateTitles");
        var year = json.OptionalInt("year", CatalogLimits.FirstFilmYear, CatalogLimits.LastYear);
        var kind = json.OptionalEnum<FilmKind>("kind");
        var countries = json.ValueList("countries", ReadCountry);
        var studios = json.StringList("studios");
        var directors = json.StringList("directors");
        var cast = json.ObjectList("cast", required: false, ReadCastMember);
        var runtime = json.OptionalInt("runtimeMinutes", 1, 10_000);
        var themes = json.EnumList<Theme>("themes");
        var composers = json.ObjectList("composers", required: false, ReadCredit);
        var works = json.ValueList("works", ReadReference);
        var summary = json.RequiredString("summary");
        var description = json.OptionalString("description");
        var listedAs = json.OptionalString("listedAs");
        var facts = json.ObjectList("facts", required: false, ReadFact);
        var verification = json.RequiredEnum<VerificationStatus>("verification");
        var verificationNote = json.OptionalString("verificationNote");
        var imdbId = json.OptionalString("imdbId");
        var sources = json.UrlList("sources", required: true);

        if (imdbId is not null && !IsImdbId(imdbId))
        {
            json.Problem("imdbId", $"expected an IMDb title id such as \"tt0065127\", found \"{imdbId}\"");
        }

        if (id is null || title is null || summary is null || verification is null)
        {
            return null;
        }

        return new RawFilm(
            json.Place, id, title, originalTitle, alternateTitles, year, kind, countries, studios, directors, cast,
            runtime, themes, composers, works, summary, description, listedAs, facts, verification.Value,
            verificationNote, imdbId, sources);
    }

    private static RawSelection? ReadSelection(JsonObjectReader json)
    {
        var id = json.RequiredId("id");
        json = json.WithPlace(Label(json.Place, "selection", id));
        var title = json.RequiredString("title");
        var introduction = json.OptionalString("introduction");
        var films = json.ValueList("films", ReadReference, required: true);
        return id is null || title is null ? null : new RawSelection(json.Place, id, title, introduction, films);
    }

    private static CastMember? ReadCastMember(JsonObjectReader json)
    {
        var actor = json.RequiredString("actor");
        var role = json.OptionalString("role");
        return actor is null ? null : new CastMember(actor, role);
    }

    private static RawCredit? ReadCredit(JsonObjectReader json)
    {
        var id = json.RequiredId("id");
        var role = json.RequiredEnum<ComposerRole>("role");
        return id is null || role is null ? null : new RawCredit(json.Place, id, role.Value);
    }

    private static FilmFact? ReadFact(JsonObjectReader json)
    {
        var statement = json.RequiredString("statement");
        var status = json.RequiredEnum<FactStatus>("status");
        var note = json.OptionalString("note");
        var sources = json.UrlList("sources", required: false);
        if (status is not null and not FactStatus.Unconfirmed && sources.Count == 0)
        {
            json.Problem("sources", "a fact that is not unconfirmed needs at least one source");
        }

        return statement is null || status is null ? null : new FilmFact(statement, status.Value, note, sources);
    }

    private static Country? ReadCountry(JsonObjectReader json, JsonElement value, string place)
    {
        var code = json.AsText(value, place);
        if (code is null)
        {
            return null;
        }

        if (!Country.IsWellFormedCode(code))
        {
            json.ProblemAt(place, $"expected an ISO 3166 alpha-2 code such as \"SU\", found \"{code}\"");
            return null;
        }

        return Country.FromCode(code);
    }

    private static RawReference? ReadReference(JsonObjectReader json, JsonElement value, string place)
    {
        var text = json.AsText(value, place);
        return text is null || json.CheckId(text, place) is null ? null : new RawReference(place, text);
    }

    private static bool IsImdbId(string id)
    {
        if (id.Length is < 9 or > 12 || !id.StartsWith("tt", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string Label(string place, string what, string? id) =>
        id is null ? place : $"{place} ({what} \"{id}\")";
}
