using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Reads a catalogue in the JSON format of <c>data/catalog.json</c> into a <see cref="RawCatalog"/>: every value
/// checked for type and form, every problem recorded with its place. One forward pass of a
/// <see cref="Utf8JsonReader"/>: no reflection (trimming- and AOT-safe), no document tree, and little code to
/// compile on first use, which is most of what the first load in a process costs.
/// </summary>
internal static class CatalogReader
{
    /// <summary>The only format version this reader knows.</summary>
    public const int FormatVersion = 1;

    private enum RootField { Format, DataVersion, Composers, Works, Films, Selections }

    private enum ComposerField { Id, Name, NativeName, Aliases, Born, Died, Sources }

    private enum WorkField { Id, Composer, Title, OriginalTitle, AlternateTitles, Sources }

    private enum FilmField
    {
        Id, Title, OriginalTitle, AlternateTitles, Year, Kind, Countries, Studios, Directors, Cast, RuntimeMinutes, Themes,
        Composers, Works, Summary, Description, ListedAs, Facts, Verification, VerificationNote, ImdbId, Sources,
    }

    private enum SelectionField { Id, Title, Introduction, Films }

    private enum CastField { Actor, Role }

    private enum CreditField { Id, Role }

    private enum FactField { Statement, Status, Note, Sources }

    private static readonly NameTable RootFields = NameTable.CamelCase(typeof(RootField));
    private static readonly NameTable ComposerFields = NameTable.CamelCase(typeof(ComposerField));
    private static readonly NameTable WorkFields = NameTable.CamelCase(typeof(WorkField));
    private static readonly NameTable FilmFields = NameTable.CamelCase(typeof(FilmField));
    private static readonly NameTable SelectionFields = NameTable.CamelCase(typeof(SelectionField));
    private static readonly NameTable CastFields = NameTable.CamelCase(typeof(CastField));
    private static readonly NameTable CreditFields = NameTable.CamelCase(typeof(CreditField));
    private static readonly NameTable FactFields = NameTable.CamelCase(typeof(FactField));

    private delegate T? EntryReader<T>(ref Utf8JsonReader json, JsonValueReader values, int index, out string? id, out string? idText)
        where T : class;

    public static RawCatalog? Read(Stream stream, CatalogLoadOptions options, ProblemList problems)
    {
        var bytes = ReadBounded(stream, options.MaxBytes, problems);
        if (bytes is null)
        {
            return null;
        }

        var json = new Utf8JsonReader(SkipByteOrderMark(bytes), new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            json.Read();
            var catalog = ReadRoot(ref json, new JsonValueReader(options, problems), problems);

            // Past the root value: the reader throws on anything but white space there.
            _ = json.Read();
            return catalog;
        }
        catch (JsonException e)
        {
            // Text that is not JSON makes every other finding moot: report only where it stops being JSON.
            problems.Clear();
            problems.Add($"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", $"not valid JSON: {FirstSentence(e.Message)}", e);
            return null;
        }
    }

    private static byte[]? ReadBounded(Stream stream, int maxBytes, ProblemList problems)
    {
        // When the size is known, the buffer is made that size once, and handed over without a copy.
        var expected = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;
        if (expected > maxBytes)
        {
            problems.Add("$", $"the catalogue is larger than the limit of {maxBytes} bytes");
            return null;
        }

        using var buffer = new MemoryStream((int)expected);
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

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            ? bytes.AsSpan(3)
            : bytes.AsSpan();

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own " LineNumber: ... | BytePositionInLine: ..."; the place is reported separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static RawCatalog? ReadRoot(ref Utf8JsonReader json, JsonValueReader values, ProblemList problems)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            if (values.Describe(ref json) is { } found)
            {
                problems.Add("$", $"expected a JSON object, found {found}");
            }

            return null;
        }

        values.BeginObject(ref json);
        var fields = new ObjectFields(RootFields);
        int? format = null;
        string? dataVersion = null;
        var setAside = new SetAsideIds();
        IReadOnlyList<RawComposer> composers = [];
        IReadOnlyList<RawWork> works = [];
        IReadOnlyList<RawFilm> films = [];
        IReadOnlyList<RawSelection> selections = [];
        while (values.NextField(ref json, ref fields))
        {
            switch ((RootField)fields.Current)
            {
                case RootField.Format:
                    format = values.Int(ref json, 1, int.MaxValue);
                    break;
                case RootField.DataVersion:
                    dataVersion = values.Text(ref json);
                    break;
                case RootField.Composers:
                    composers = Entries<RawComposer>(ref json, values, "composer", setAside.Composers, ReadComposer);
                    break;
                case RootField.Works:
                    works = Entries<RawWork>(ref json, values, "work", setAside.Works, ReadWork);
                    break;
                case RootField.Films:
                    films = Entries<RawFilm>(ref json, values, "film", setAside.Films, ReadFilm);
                    break;
                case RootField.Selections:
                    // Nothing references a selection, so none is set aside.
                    selections = Entries<RawSelection>(ref json, values, "selection", setAside: null, ReadSelection);
                    break;
            }
        }

        if (format is not null and not FormatVersion)
        {
            // A newer format may change meanings, not only add fields: refuse it rather than misread it, and
            // without the noise of reading the rest as this format.
            problems.Clear();
            values.FieldProblem(fields, (int)RootField.Format, $"expected format {FormatVersion}, found {format}; a newer version of SovietFilms.Data may read it");
            return null;
        }

        values.RequireField(fields, (int)RootField.Format);
        values.RequireField(fields, (int)RootField.DataVersion);
        values.RequireField(fields, (int)RootField.Composers);
        values.RequireField(fields, (int)RootField.Films);
        values.EndObject();
        return dataVersion is null ? null : new RawCatalog(dataVersion, setAside, composers, works, films, selections);
    }

    /// <summary>
    /// Reads a list of entries. One with problems of its own is left out, and its id, if it has one, is set
    /// aside (when <paramref name="setAside"/> is given) so that references to it are not reported as well.
    /// </summary>
    private static List<T> Entries<T>(ref Utf8JsonReader json, JsonValueReader values, string what, HashSet<string>? setAside, EntryReader<T> read)
        where T : class
    {
        var entries = new List<T>();
        if (!values.BeginArray(ref json))
        {
            return entries;
        }

        var index = 0;
        while (values.NextItem(ref json))
        {
            values.BeginEntry();
            var entry = read(ref json, values, index, out var id, out var idText);
            if (values.EndEntry(what, id) && entry is not null)
            {
                entries.Add(entry);
            }
            else if (setAside is not null && idText is not null)
            {
                setAside.Add(idText);
            }

            index++;
        }

        return entries;
    }

    private static RawComposer? ReadComposer(ref Utf8JsonReader json, JsonValueReader values, int index, out string? id, out string? idText)
    {
        id = idText = null;
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(ComposerFields);
        string? name = null, nativeName = null;
        int? born = null, died = null;
        var aliases = ReadOnly.Empty<string>();
        var sources = ReadOnly.Empty<Uri>();
        while (values.NextField(ref json, ref fields))
        {
            switch ((ComposerField)fields.Current)
            {
                case ComposerField.Id: id = values.Id(ref json, out idText); break;
                case ComposerField.Name: name = values.Text(ref json); break;
                case ComposerField.NativeName: nativeName = values.Text(ref json); break;
                case ComposerField.Aliases: aliases = values.StringList(ref json); break;
                case ComposerField.Born: born = values.Int(ref json, CatalogLimits.FirstComposerYear, CatalogLimits.LastYear); break;
                case ComposerField.Died: died = values.Int(ref json, CatalogLimits.FirstComposerYear, CatalogLimits.LastYear); break;
                case ComposerField.Sources: sources = values.UrlList(ref json, required: true); break;
            }
        }

        values.RequireField(fields, (int)ComposerField.Id);
        values.RequireField(fields, (int)ComposerField.Name);
        values.RequireField(fields, (int)ComposerField.Sources);
        values.EndObject();
        return id is null || name is null ? null : new RawComposer(index, id, name, nativeName, aliases, born, died, sources);
    }

    private static RawWork? ReadWork(ref Utf8JsonReader json, JsonValueReader values, int index, out string? id, out string? idText)
    {
        id = idText = null;
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(WorkFields);
        string? composer = null, title = null, originalTitle = null;
        var alternateTitles = ReadOnly.Empty<string>();
        var sources = ReadOnly.Empty<Uri>();
        while (values.NextField(ref json, ref fields))
        {
            switch ((WorkField)fields.Current)
            {
                case WorkField.Id: id = values.Id(ref json, out idText); break;
                case WorkField.Composer: composer = values.Id(ref json); break;
                case WorkField.Title: title = values.Text(ref json); break;
                case WorkField.OriginalTitle: originalTitle = values.Text(ref json); break;
                case WorkField.AlternateTitles: alternateTitles = values.StringList(ref json); break;
                case WorkField.Sources: sources = values.UrlList(ref json, required: false); break;
            }
        }

        values.RequireField(fields, (int)WorkField.Id);
        values.RequireField(fields, (int)WorkField.Composer);
        values.RequireField(fields, (int)WorkField.Title);
        values.EndObject();
        return id is null || composer is null || title is null
            ? null
            : new RawWork(index, id, composer, title, originalTitle, alternateTitles, sources);
    }

    private static RawFilm? ReadFilm(ref Utf8JsonReader json, JsonValueReader values, int index, out string? id, out string? idText)
    {
        id = idText = null;
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(FilmFields);
        string? title = null, originalTitle = null, summary = null, description = null, listedAs = null, verificationNote = null, imdbId = null;
        int? year = null, runtime = null;
        FilmKind? kind = null;
        VerificationStatus? verification = null;
        IReadOnlyList<string> alternateTitles = ReadOnly.Empty<string>(), studios = alternateTitles, directors = alternateTitles, works = alternateTitles;
        var countries = ReadOnly.Empty<Country>();
        var cast = ReadOnly.Empty<CastMember>();
        var themes = ReadOnly.Empty<Theme>();
        var composers = ReadOnly.Empty<RawCredit>();
        var facts = ReadOnly.Empty<FilmFact>();
        var sources = ReadOnly.Empty<Uri>();
        while (values.NextField(ref json, ref fields))
        {
            switch ((FilmField)fields.Current)
            {
                case FilmField.Id: id = values.Id(ref json, out idText); break;
                case FilmField.Title: title = values.Text(ref json); break;
                case FilmField.OriginalTitle: originalTitle = values.Text(ref json); break;
                case FilmField.AlternateTitles: alternateTitles = values.StringList(ref json); break;
                case FilmField.Year: year = values.Int(ref json, CatalogLimits.FirstFilmYear, CatalogLimits.LastYear); break;
                case FilmField.Kind: kind = values.Choice(ref json, JsonNames.Kinds) is var k and >= 0 ? (FilmKind)k : null; break;
                case FilmField.Countries: countries = ReadCountries(ref json, values); break;
                case FilmField.Studios: studios = values.StringList(ref json); break;
                case FilmField.Directors: directors = values.StringList(ref json); break;
                case FilmField.Cast: cast = ReadCast(ref json, values); break;
                case FilmField.RuntimeMinutes: runtime = values.Int(ref json, 1, 10_000); break;
                case FilmField.Themes: themes = ReadThemes(ref json, values); break;
                case FilmField.Composers: composers = ReadCredits(ref json, values); break;
                case FilmField.Works: works = values.IdList(ref json); break;
                case FilmField.Summary: summary = values.Text(ref json); break;
                case FilmField.Description: description = values.Text(ref json); break;
                case FilmField.ListedAs: listedAs = values.Text(ref json); break;
                case FilmField.Facts: facts = ReadFacts(ref json, values); break;
                case FilmField.Verification: verification = values.Choice(ref json, JsonNames.Verifications) is var v and >= 0 ? (VerificationStatus)v : null; break;
                case FilmField.VerificationNote: verificationNote = values.Text(ref json); break;
                case FilmField.ImdbId: imdbId = ImdbId(ref json, values); break;
                case FilmField.Sources: sources = values.UrlList(ref json, required: true); break;
            }
        }

        values.RequireField(fields, (int)FilmField.Id);
        values.RequireField(fields, (int)FilmField.Title);
        values.RequireField(fields, (int)FilmField.Summary);
        values.RequireField(fields, (int)FilmField.Verification);
        values.RequireField(fields, (int)FilmField.Sources);
        values.EndObject();
        if (id is null || title is null || summary is null || verification is null)
        {
            return null;
        }

        return new RawFilm(
            index, id, title, originalTitle, alternateTitles, year, kind, countries, studios, directors, cast,
            runtime, themes, composers, works, summary, description, listedAs, facts, verification.Value,
            verificationNote, imdbId, sources);
    }

    private static RawSelection? ReadSelection(ref Utf8JsonReader json, JsonValueReader values, int index, out string? id, out string? idText)
    {
        id = idText = null;
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(SelectionFields);
        string? title = null, introduction = null;
        var films = ReadOnly.Empty<string>();
        while (values.NextField(ref json, ref fields))
        {
            switch ((SelectionField)fields.Current)
            {
                case SelectionField.Id: id = values.Id(ref json, out idText); break;
                case SelectionField.Title: title = values.Text(ref json); break;
                case SelectionField.Introduction: introduction = values.Text(ref json); break;
                case SelectionField.Films:
                    films = values.IdList(ref json);
                    values.RequireItems();
                    break;
            }
        }

        values.RequireField(fields, (int)SelectionField.Id);
        values.RequireField(fields, (int)SelectionField.Title);
        values.RequireField(fields, (int)SelectionField.Films);
        values.EndObject();
        return id is null || title is null ? null : new RawSelection(index, id, title, introduction, films);
    }

    private static IReadOnlyList<Country> ReadCountries(ref Utf8JsonReader json, JsonValueReader values)
    {
        var countries = new List<Country>();
        if (values.BeginArray(ref json))
        {
            while (values.NextItem(ref json))
            {
                if (values.Text(ref json) is not { } code)
                {
                    continue;
                }

                if (Country.IsWellFormedCode(code))
                {
                    countries.Add(Country.FromCode(code));
                }
                else
                {
                    values.Problem($"expected an ISO 3166 alpha-2 code such as \"SU\", found \"{code}\"");
                }
            }
        }

        return ReadOnly.Copy(countries);
    }

    private static IReadOnlyList<Theme> ReadThemes(ref Utf8JsonReader json, JsonValueReader values)
    {
        var themes = new List<Theme>();
        if (values.BeginArray(ref json))
        {
            while (values.NextItem(ref json))
            {
                if (values.Choice(ref json, JsonNames.Themes) is var theme and >= 0)
                {
                    themes.Add((Theme)theme);
                }
            }
        }

        return ReadOnly.Copy(themes);
    }

    private static IReadOnlyList<CastMember> ReadCast(ref Utf8JsonReader json, JsonValueReader values)
    {
        var cast = new List<CastMember>();
        if (!values.BeginArray(ref json))
        {
            return ReadOnly.Empty<CastMember>();
        }

        while (values.NextItem(ref json))
        {
            if (!values.BeginObject(ref json))
            {
                continue;
            }

            var fields = new ObjectFields(CastFields);
            string? actor = null, role = null;
            while (values.NextField(ref json, ref fields))
            {
                switch ((CastField)fields.Current)
                {
                    case CastField.Actor: actor = values.Text(ref json); break;
                    case CastField.Role: role = values.Text(ref json); break;
                }
            }

            values.RequireField(fields, (int)CastField.Actor);
            values.EndObject();
            if (actor is not null)
            {
                cast.Add(new CastMember(actor, role));
            }
        }

        return ReadOnly.Copy(cast);
    }

    private static IReadOnlyList<RawCredit> ReadCredits(ref Utf8JsonReader json, JsonValueReader values)
    {
        var credits = new List<RawCredit>();
        if (!values.BeginArray(ref json))
        {
            return ReadOnly.Empty<RawCredit>();
        }

        while (values.NextItem(ref json))
        {
            if (!values.BeginObject(ref json))
            {
                continue;
            }

            var fields = new ObjectFields(CreditFields);
            string? id = null;
            var role = -1;
            while (values.NextField(ref json, ref fields))
            {
                switch ((CreditField)fields.Current)
                {
                    case CreditField.Id: id = values.Id(ref json); break;
                    case CreditField.Role: role = values.Choice(ref json, JsonNames.Roles); break;
                }
            }

            values.RequireField(fields, (int)CreditField.Id);
            values.RequireField(fields, (int)CreditField.Role);
            values.EndObject();
            if (id is not null && role >= 0)
            {
                credits.Add(new RawCredit(id, (ComposerRole)role));
            }
        }

        return ReadOnly.Copy(credits);
    }

    private static IReadOnlyList<FilmFact> ReadFacts(ref Utf8JsonReader json, JsonValueReader values)
    {
        var facts = new List<FilmFact>();
        if (!values.BeginArray(ref json))
        {
            return ReadOnly.Empty<FilmFact>();
        }

        while (values.NextItem(ref json))
        {
            if (!values.BeginObject(ref json))
            {
                continue;
            }

            var fields = new ObjectFields(FactFields);
            string? statement = null, note = null;
            var status = -1;
            var sources = ReadOnly.Empty<Uri>();
            while (values.NextField(ref json, ref fields))
            {
                switch ((FactField)fields.Current)
                {
                    case FactField.Statement: statement = values.Text(ref json); break;
                    case FactField.Status: status = values.Choice(ref json, JsonNames.FactStatuses); break;
                    case FactField.Note: note = values.Text(ref json); break;
                    case FactField.Sources: sources = values.UrlList(ref json, required: false); break;
                }
            }

            values.RequireField(fields, (int)FactField.Statement);
            values.RequireField(fields, (int)FactField.Status);
            if (status >= 0 && (FactStatus)status != FactStatus.Unconfirmed && sources.Count == 0)
            {
                values.FieldProblem(fields, (int)FactField.Sources, "a fact that is not unconfirmed needs at least one source");
            }

            values.EndObject();
            if (statement is not null && status >= 0)
            {
                facts.Add(new FilmFact(statement, (FactStatus)status, note, sources));
            }
        }

        return ReadOnly.Copy(facts);
    }

    private static string? ImdbId(ref Utf8JsonReader json, JsonValueReader values)
    {
        var id = values.Text(ref json);
        if (id is null || IsImdbId(id))
        {
            return id;
        }

        values.Problem($"expected an IMDb title id such as \"tt0065127\", found \"{id}\"");
        return null;
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
}
