using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SovietFilms.Data.Building;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Reads a catalogue in the JSON format of <c>data/catalog.json</c> into a <see cref="FilmCatalogBuilder"/>, field
/// by field from the tables of the format, every value checked for its JSON type and every problem recorded with
/// its place; the builder checks the rest. One forward pass of a <see cref="Utf8JsonReader"/>: no reflection
/// (trimming- and AOT-safe) and no document tree.
/// </summary>
internal static class CatalogReader
{
    /// <summary>The format version this reader reads and the writer writes; the reader reads <see cref="FormatOne"/> too.</summary>
    public const int FormatVersion = 2;

    // The root's fields in the order of RootFields.Names.
    private enum RootField { Format, DataVersion, Composers, People, Studios, Works, Films, Selections }

    public static FilmCatalogBuilder? Read(Stream stream, CatalogLoadOptions options, ProblemList problems)
    {
        using var input = new BoundedInput(options.MaxBytes);
        while (input.Kept(stream.Read(input.Chunk, 0, input.Chunk.Length)))
        {
            // Kept keeps what was read; the loop ends at the end of the input or past the bound.
        }

        return Parse(input, options, problems);
    }

    /// <summary>What <see cref="Read"/> gives, the stream read with asynchronous calls only.</summary>
    public static async Task<FilmCatalogBuilder?> ReadAsync(Stream stream, CatalogLoadOptions options, ProblemList problems, CancellationToken cancellationToken)
    {
        using var input = new BoundedInput(options.MaxBytes);
#if NET
        while (input.Kept(await stream.ReadAsync(input.Chunk.AsMemory(), cancellationToken).ConfigureAwait(false)))
#else
        while (input.Kept(await stream.ReadAsync(input.Chunk, 0, input.Chunk.Length, cancellationToken).ConfigureAwait(false)))
#endif
        {
            // As in Read.
        }

        return Parse(input, options, problems);
    }

    private static FilmCatalogBuilder? Parse(BoundedInput input, CatalogLoadOptions options, ProblemList problems)
    {
        if (input.Bytes is not { } bytes)
        {
            problems.Add(TooLarge(input.MaxBytes));
            return null;
        }

        var json = new Utf8JsonReader(SkipByteOrderMark(bytes), new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            json.Read();
            var catalog = ReadRoot(ref json, new JsonValueReader(options, problems), options, problems);

            // Past the root value: the reader throws on anything but white space there.
            _ = json.Read();
            return catalog;
        }
        catch (JsonException e)
        {
            // Text that is not JSON makes every other finding moot: report only where it stops being JSON.
            problems.Clear();
            var line = (int)(e.LineNumber ?? 0) + 1;
            problems.Add(new CatalogProblem(CatalogProblemKind.Syntax, $"line {line}, byte {e.BytePositionInLine + 1}", $"not valid JSON: {FirstSentence(e.Message)}") { Line = line }, e);
            return null;
        }
    }

    private static CatalogProblem TooLarge(int maxBytes) =>
        new(CatalogProblemKind.Bound, "$", $"the catalogue is larger than the limit of {maxBytes} bytes") { Path = "$" };

    private static ReadOnlySpan<byte> SkipByteOrderMark(ArraySegment<byte> bytes)
    {
        var span = bytes.AsSpan();
        return span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? span.Slice(3) : span;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends its own " LineNumber: ... | BytePositionInLine: ..."; the place is reported separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static FilmCatalogBuilder? ReadRoot(ref Utf8JsonReader json, JsonValueReader values, CatalogLoadOptions options, ProblemList problems)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            if (values.Describe(ref json) is { } found)
            {
                problems.Add(new CatalogProblem(CatalogProblemKind.WrongType, "$", $"expected a JSON object, found {found}") { Path = "$" });
            }

            return null;
        }

        values.BeginObject(ref json);
        var fields = new ObjectFields(RootFields.Names);
        int? format = null;
        string? dataVersion = null;
        var builder = new FilmCatalogBuilder("", options, JsonOrigin.Root, checkDataVersion: false);
        var composerIds = new HashSet<string>();
        var films = new List<(FilmEntry Entry, int Index, ulong Wrong)>();
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
                    Entries(ref json, values, ComposerFields.Format, CatalogEntryKind.Composer, static () => new ComposerEntry(), static e => e._id, builder, (b, e, i, w) =>
                    {
                        if (e._id is { } id)
                        {
                            composerIds.Add(id);
                        }

                        b.Add(e, JsonOrigin.Of(CatalogEntryKind.Composer, i), w);
                    });
                    break;
                case RootField.People:
                    Entries(ref json, values, PersonFields.Format, CatalogEntryKind.Person, static () => new PersonEntry(), static e => e._id, builder, static (b, e, i, w) => b.Add(e, JsonOrigin.Of(CatalogEntryKind.Person, i), w));
                    break;
                case RootField.Studios:
                    Entries(ref json, values, StudioFields.Format, CatalogEntryKind.Studio, static () => new StudioEntry(), static e => e._id, builder, static (b, e, i, w) => b.Add(e, JsonOrigin.Of(CatalogEntryKind.Studio, i), w));
                    break;
                case RootField.Works:
                    Entries(ref json, values, WorkFields.Format, CatalogEntryKind.Work, static () => new WorkEntry(), static e => e._id, builder, static (b, e, i, w) => b.Add(e, JsonOrigin.Of(CatalogEntryKind.Work, i), w));
                    break;
                case RootField.Films:
                    Entries(ref json, values, FormatOne.FilmReading, CatalogEntryKind.Film, static () => new FilmEntry(), static e => e._id, builder, (b, e, i, w) =>
                    {
                        films.Add((e, i, w));
                        b.Add(e, JsonOrigin.Of(CatalogEntryKind.Film, i), w);
                    });
                    break;
                case RootField.Selections:
                    Entries(ref json, values, SelectionFields.Format, CatalogEntryKind.Selection, static () => new SelectionEntry(), static e => e._id, builder, static (b, e, i, w) => b.Add(e, JsonOrigin.Of(CatalogEntryKind.Selection, i), w));
                    break;
            }
        }

        if (format is not null and not FormatVersion and not FormatOne.Version)
        {
            // A newer format may change meanings, not only add fields: refuse it rather than misread it, and
            // without the noise of reading the rest as this format.
            problems.Clear();
            values.FieldProblem(fields, (int)RootField.Format, CatalogProblemKind.OutOfRange, $"expected format {FormatOne.Version} or {FormatVersion}, found {format}; a newer version of SovietFilms.Data may read it");
            return null;
        }

        if (format == FormatOne.Version)
        {
            FormatOne.Upgrade(films, composerIds, builder, problems);
        }
        else
        {
            FormatOne.Refuse(films, problems);
        }

        values.RequireField(fields, (int)RootField.Format);
        values.RequireField(fields, (int)RootField.DataVersion);
        values.RequireField(fields, (int)RootField.Films);
        values.EndObject();

        builder.ReadDataVersion(dataVersion);
        return builder;
    }

    /// <summary>
    /// Reads a list of entries, each with the fields of <paramref name="format"/>, into the builder. An entry
    /// that is not an object is reported and left out; fields of the wrong type are reported and marked, so the
    /// builder checks the rest and never builds the entry.
    /// </summary>
    private static void Entries<TEntry>(
        ref Utf8JsonReader json,
        JsonValueReader values,
        EntryFormat<TEntry> format,
        CatalogEntryKind kind,
        Func<TEntry> create,
        Func<TEntry, string?> id,
        FilmCatalogBuilder builder,
        Action<FilmCatalogBuilder, TEntry, int, ulong> add)
        where TEntry : class
    {
        if (!values.BeginArray(ref json))
        {
            return;
        }

        var index = 0;
        while (values.NextItem(ref json))
        {
            values.BeginEntry();
            ulong wrong = 0;
            TEntry? entry = null;
            if (values.BeginObject(ref json))
            {
                entry = create();
                var fields = new ObjectFields(format.Names);
                while (values.NextField(ref json, ref fields))
                {
                    var found = values.Found;
                    format.Fields[fields.Current].Read(ref json, values, entry);
                    if (values.Found != found)
                    {
                        wrong |= 1UL << fields.Current;
                    }
                }

                wrong |= fields.Repeated;

                // Absent here, rather than empty: the entry cannot tell an absent list from an empty one.
                for (var i = 0; i < format.Fields.Count; i++)
                {
                    if (format.Fields[i].Required && !fields.Has(i))
                    {
                        values.RequireField(fields, i);
                        wrong |= 1UL << i;
                    }
                }

                values.EndObject();
            }

            values.EndEntry(kind, entry is null ? null : id(entry));
            if (entry is not null)
            {
                add(builder, entry, index, wrong);
            }

            index++;
        }
    }

    /// <summary>A stream's bytes as they are read chunk by chunk, kept up to a bound and refused past it.</summary>
    private sealed class BoundedInput(int maxBytes) : IDisposable
    {
        /// <summary>Array.MaxLength, which netstandard2.0 lacks.</summary>
        private const int MaxArrayLength = 0x7FFFFFC7;

        private readonly MemoryStream buffer = new();
        private bool tooLarge;

        public byte[] Chunk { get; } = new byte[81920];

        // No array holds more than MaxArrayLength, whatever MaxBytes allows: past it the input is refused as too
        // large, not an IOException.
        public int MaxBytes { get; } = Math.Min(maxBytes, MaxArrayLength);

        /// <summary>The bytes read, or null if they passed the bound.</summary>
        public ArraySegment<byte>? Bytes => tooLarge ? (ArraySegment<byte>?)null : new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);

        /// <summary>Keeps the first <paramref name="read"/> bytes of <see cref="Chunk"/>; false at the end of the input or past the bound.</summary>
        public bool Kept(int read)
        {
            if (read <= 0)
            {
                return false;
            }

            if (buffer.Length + read > MaxBytes)
            {
                tooLarge = true;
                return false;
            }

            buffer.Write(Chunk, 0, read);
            return true;
        }

        public void Dispose() => buffer.Dispose();
    }
}
