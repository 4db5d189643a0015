using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SovietFilms.Data.Building;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Reads the values of a catalogue from a <see cref="Utf8JsonReader"/> in one forward pass, checking each for its
/// JSON type (the builder checks the rest), and records every problem with its JSON path
/// (<c>$.films[3] (film "x").year</c>). A value with a problem reads as <see langword="null"/> so reading goes on;
/// fields it is not asked for are skipped, so newer files with extra fields still load.
/// </summary>
/// <remarks>
/// The path is kept as a stack of field names and item indexes and made into text only for a problem: a
/// catalogue that loads builds no place strings. Problems inside an entry wait until the entry ends, because
/// its id, which labels them, may come after them in the object.
/// </remarks>
internal sealed class JsonValueReader
{
    private const string BadText = "expected text, found a string that is not valid UTF-8 or holds an unpaired surrogate";
    private const string BadName = "expected field names of text, found one that is not valid UTF-8 or holds an unpaired surrogate";

    private readonly CatalogLoadOptions limits;
    private readonly ProblemList problems;

    // One frame per open object (the field being read; null before the first) or array (the item being read).
    private readonly List<string?> frameFields = [];
    private readonly List<int> frameItems = [];

    private readonly List<PendingProblem> pending = [];
    private bool pendingOverflowed;
    private int entryDepth = -1;

    // Reused for each list of strings: the list is copied out when it ends, and such lists do not nest.
    private readonly List<string> strings = [];

    public JsonValueReader(CatalogLoadOptions limits, ProblemList problems)
    {
        this.limits = limits;
        this.problems = problems;
    }

    /// <summary>How many problems this reader has found: a field whose reading changed it had a problem.</summary>
    public int Found { get; private set; }

    public void Problem(CatalogProblemKind kind, string message)
    {
        Found++;
        if (entryDepth < 0 && problems.Full)
        {
            // Past what is reported: no place is made, however many more problems the file holds.
            problems.AddUnkept();
        }
        else if (entryDepth < 0)
        {
            var path = "$" + Path(0);
            problems.Add(new CatalogProblem(kind, path, message) { Path = path, Field = frameFields.Count > 0 ? frameFields[0] : null }, cause: null);
        }
        else if (pending.Count < ProblemList.MaxProblems)
        {
            pending.Add(new PendingProblem(kind, Path(entryDepth), entryDepth < frameFields.Count ? frameFields[entryDepth] : null, message));
        }
        else
        {
            // Past what would be reported anyway: not kept, only noted, so the report says there were more.
            pendingOverflowed = true;
        }
    }

    /// <summary>Records a problem of a field of the current object, such as a required one that is missing.</summary>
    public void FieldProblem(in ObjectFields fields, int field, CatalogProblemKind kind, string message)
    {
        frameFields[frameFields.Count - 1] = fields.Table[field];
        Problem(kind, message);
    }

    public void RequireField(in ObjectFields fields, int field)
    {
        if (!fields.Has(field))
        {
            FieldProblem(fields, field, CatalogProblemKind.Missing, "required field is missing");
        }
    }

    /// <summary>Starts an entry: its problems wait for <see cref="EndEntry"/> to be labelled with its id.</summary>
    public void BeginEntry()
    {
        entryDepth = frameFields.Count;
        pending.Clear();
        pendingOverflowed = false;
    }

    /// <summary>Reports the entry's problems, labelled with its kind and its id if that is well formed; true if it had none.</summary>
    public bool EndEntry(CatalogEntryKind kind, string? id)
    {
        entryDepth = -1;
        if (pending.Count == 0)
        {
            return true;
        }

        var entryPath = "$" + Path(0);
        var labelled = id is not null && Ids.IsId(id) ? id : null;
        var place = entryPath + EntryOrigin.Label(kind, labelled);
        foreach (var problem in pending)
        {
            problems.Add(
                new CatalogProblem(problem.Kind, place + problem.Path, problem.Message)
                {
                    Path = entryPath + problem.Path,
                    EntryKind = kind,
                    EntryId = labelled,
                    Field = problem.Field,
                },
                cause: null);
        }

        if (pendingOverflowed)
        {
            problems.AddUnkept();
        }

        pending.Clear();
        return false;
    }

    /// <summary>Enters the object at the current token, or reports that the value is not one (and skips it).</summary>
    public bool BeginObject(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            if (Describe(ref json) is { } found)
            {
                Problem(CatalogProblemKind.WrongType, $"expected an object, found {found}");
            }

            return false;
        }

        frameFields.Add(null);
        frameItems.Add(-1);
        return true;
    }

    /// <summary>
    /// Moves to the value of the object's next known field with a value, and returns true; returns false at the
    /// object's end (then check required fields, and call <see cref="EndObject"/>). A field whose value is null
    /// counts as absent. Unknown fields are skipped, and a known field given twice is a problem.
    /// </summary>
    public bool NextField(ref Utf8JsonReader json, ref ObjectFields fields)
    {
        var frame = frameFields.Count - 1;
        while (json.Read())
        {
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return false;
            }

            frameFields[frame] = null;
            if (!IsText(ref json, BadName))
            {
                json.Read();
                SkipChecked(ref json);
                continue;
            }

            var field = fields.Table.Find(ref json);
            if (field < 0)
            {
                // Named (which allocates) only because a problem inside its value needs the name for its place.
                frameFields[frame] = Quote.Cut(json.GetString()!);
                json.Read();
                SkipChecked(ref json);
                continue;
            }

            frameFields[frame] = fields.Table[field];
            json.Read();
            if (!fields.See(field))
            {
                Problem(CatalogProblemKind.Duplicate, "the field is given more than once");
                SkipChecked(ref json);

                // Given, even if the first was null: "required field is missing" would be wrong as well.
                fields.MarkPresent(field);
                fields.MarkRepeated(field);
                continue;
            }

            if (json.TokenType != JsonTokenType.Null)
            {
                fields.Current = field;
                fields.MarkPresent(field);
                return true;
            }
        }

        return false;
    }

    public void EndObject()
    {
        frameFields.RemoveAt(frameFields.Count - 1);
        frameItems.RemoveAt(frameItems.Count - 1);
    }

    /// <summary>Enters the array at the current token, or reports that the value is not one (and skips it).</summary>
    public bool BeginArray(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            if (Describe(ref json) is { } found)
            {
                Problem(CatalogProblemKind.WrongType, $"expected an array, found {found}");
            }

            return false;
        }

        frameFields.Add(null);
        frameItems.Add(-1);
        return true;
    }

    /// <summary>
    /// Moves to the array's next item and returns true; at the end, leaves the array and returns false. Past the
    /// bound on list length, counts the rest without reading it and reports the length.
    /// </summary>
    public bool NextItem(ref Utf8JsonReader json)
    {
        var frame = frameItems.Count - 1;
        json.Read();
        var index = frameItems[frame] + 1;
        if (json.TokenType != JsonTokenType.EndArray && index < limits.MaxListLength)
        {
            frameItems[frame] = index;
            return true;
        }

        var length = index;
        while (json.TokenType != JsonTokenType.EndArray)
        {
            json.Skip();
            json.Read();
            length++;
        }

        frameFields.RemoveAt(frame);
        frameItems.RemoveAt(frame);
        if (length > limits.MaxListLength)
        {
            Problem(CatalogProblemKind.Bound, $"expected at most {limits.MaxListLength} items, found {length}");
        }

        return false;
    }

    /// <summary>A string; its form and length are the builder's to check.</summary>
    public string? Text(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.String)
        {
            if (Describe(ref json) is { } found)
            {
                Problem(CatalogProblemKind.WrongType, $"expected a string, found {found}");
            }

            return null;
        }

        return ReadString(ref json);
    }

    /// <summary>A whole number; the range, named in the problem for a value of another type, is the builder's to check.</summary>
    public int? Int(ref Utf8JsonReader json, int min, int max)
    {
        if (json.TokenType != JsonTokenType.Number || !json.TryGetInt32(out var number))
        {
            if (Describe(ref json) is { } found)
            {
                Problem(CatalogProblemKind.WrongType, $"expected a whole number from {min} to {max}, found {found}");
            }

            return null;
        }

        return number;
    }

    /// <summary>The value of an enum written as one of <paramref name="names"/>; -1, with a problem, for anything else.</summary>
    public int Choice(ref Utf8JsonReader json, NameTable names)
    {
        if (json.TokenType == JsonTokenType.String)
        {
            if (!IsText(ref json, BadText))
            {
                return -1;
            }

            if (names.Find(ref json) is var value and >= 0)
            {
                return value;
            }
        }

        if (Describe(ref json) is { } found)
        {
            Problem(CatalogProblemKind.InvalidValue, $"expected one of {names}; found {found}");
        }

        return -1;
    }

    public IReadOnlyList<string> StringList(ref Utf8JsonReader json)
    {
        strings.Clear();
        if (BeginArray(ref json))
        {
            while (NextItem(ref json))
            {
                if (Text(ref json) is { } text)
                {
                    strings.Add(text);
                }
            }
        }

        return ReadOnly.Copy(strings);
    }

    /// <summary>
    /// Skips the current value, checking that every string and field name in it is text; false if one is not
    /// (reported at its own place).
    /// </summary>
    public bool SkipChecked(ref Utf8JsonReader json)
    {
        if (json.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return json.TokenType != JsonTokenType.String || IsText(ref json, BadText);
        }

        // A first pass only looks; a value with bad text, which is rare, is walked again to report each place.
        var start = json;
        var depth = json.CurrentDepth;
        var clean = true;
        while (json.Read() && json.CurrentDepth > depth)
        {
            if (json.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsText(ref json, problem: null))
            {
                clean = false;
            }
        }

        if (!clean)
        {
            ReportBadText(start);
        }

        return clean;
    }

    /// <summary>Walks a value from its first token, keeping the path, and reports each string or name that is not text.</summary>
    private void ReportBadText(Utf8JsonReader json)
    {
        var arrays = new List<bool>();
        Enter(arrays, json.TokenType == JsonTokenType.StartArray);
        while (arrays.Count > 0 && json.Read())
        {
            switch (json.TokenType)
            {
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    arrays.RemoveAt(arrays.Count - 1);
                    EndObject();
                    break;
                case JsonTokenType.PropertyName:
                    frameFields[frameFields.Count - 1] = null;
                    frameFields[frameFields.Count - 1] = IsText(ref json, BadName) ? Quote.Cut(json.GetString()!) : null;
                    break;
                default:
                    if (arrays[arrays.Count - 1])
                    {
                        frameItems[frameItems.Count - 1]++;
                    }

                    if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        Enter(arrays, json.TokenType == JsonTokenType.StartArray);
                    }
                    else if (json.TokenType == JsonTokenType.String)
                    {
                        IsText(ref json, BadText);
                    }

                    break;
            }
        }
    }

    private void Enter(List<bool> arrays, bool array)
    {
        arrays.Add(array);
        frameFields.Add(null);
        frameItems.Add(-1);
    }

    /// <summary>
    /// Whether the current string or field name is text, reporting it if not. Checked before matching a name too:
    /// matching an escaped one that holds an unpaired surrogate throws.
    /// </summary>
    private bool IsText(ref Utf8JsonReader json, string? problem)
    {
        // The reader reads one span, the whole file, so a value is never split across buffers.
        if (JsonText.IsValid(json.ValueSpan, json.ValueIsEscaped))
        {
            return true;
        }

        if (problem is not null)
        {
            Problem(CatalogProblemKind.InvalidValue, problem);
        }

        return false;
    }

    private string? ReadString(ref Utf8JsonReader json) => IsText(ref json, BadText) ? json.GetString()! : null;

    /// <summary>Says what the current value is, for a problem, and skips it; null if it holds text that is not (reported).</summary>
    public string? Describe(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.String:
                return ReadString(ref json) is { } text ? $"the string {Quote.Of(text)}" : null;
            case JsonTokenType.Number:
                return $"the number {Quote.Cut(AsciiText(json.ValueSpan))}";
            case JsonTokenType.True:
                return "the boolean true";
            case JsonTokenType.False:
                return "the boolean false";
            case JsonTokenType.StartArray:
                return SkipChecked(ref json) ? "an array" : null;
            case JsonTokenType.StartObject:
                return SkipChecked(ref json) ? "an object" : null;
            default:
                return "null";
        }
    }

    private string Path(int from)
    {
        var path = new StringBuilder();
        for (var i = from; i < frameFields.Count; i++)
        {
            if (frameFields[i] is { } field)
            {
                path.Append('.').Append(field);
            }
            else if (frameItems[i] >= 0)
            {
                path.Append('[').Append(frameItems[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }

    /// <summary>A number's text: JSON numbers are ASCII.</summary>
    private static string AsciiText(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

}

internal sealed record PendingProblem(CatalogProblemKind Kind, string Path, string? Field, string Message);

/// <summary>The fields of one object being read: which were seen (a second time is a problem) and which had a value.</summary>
internal struct ObjectFields(NameTable table)
{
    private ulong seen;
    private ulong present;

    public NameTable Table { get; } = table;

    /// <summary>The field whose value the reader is at.</summary>
    public int Current { get; set; }

    public readonly bool Has(int field) => (present & (1UL << field)) != 0;

    /// <summary>Marks the field seen; false if it was already.</summary>
    public bool See(int field)
    {
        var bit = 1UL << field;
        var first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    public void MarkPresent(int field) => present |= 1UL << field;

    /// <summary>The fields given more than once, whose later values were skipped.</summary>
    public ulong Repeated { get; private set; }

    public void MarkRepeated(int field) => Repeated |= 1UL << field;
}
