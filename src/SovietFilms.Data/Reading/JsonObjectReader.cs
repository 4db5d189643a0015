using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Reads the fields of one JSON object, recording a problem (with its JSON path) for each field that is
/// missing or has the wrong type or form, and returning <see langword="null"/> for it so reading goes on.
/// Fields it is not asked for are ignored, so newer files with extra fields still load.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly CatalogLoadOptions limits;
    private readonly ProblemList problems;

    public JsonObjectReader(JsonElement element, string place, CatalogLoadOptions limits, ProblemList problems)
    {
        this.element = element;
        Place = place;
        this.limits = limits;
        this.problems = problems;
    }

    /// <summary>The object's JSON path, with the entry's id once known, for messages.</summary>
    public string Place { get; }

    /// <summary>How many problems the whole catalogue has so far: a rise while reading an entry marks it as bad.</summary>
    public int ProblemCount => problems.Count;

    public JsonObjectReader WithPlace(string place) => new(element, place, limits, problems);

    public void Problem(string field, string message) => problems.Add(FieldPlace(field), message);

    public void ProblemAt(string place, string message) => problems.Add(place, message);

    public string? RequiredString(string field)
    {
        if (!TryGet(field, out var value))
        {
            problems.Add(FieldPlace(field), "required field is missing");
            return null;
        }

        return AsText(value, FieldPlace(field));
    }

    /// <summary>The field's value if it is a string, without reporting anything if it is not.</summary>
    public string? PeekString(string field) =>
        TryGet(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public string? OptionalString(string field) =>
        TryGet(field, out var value) ? AsText(value, FieldPlace(field)) : null;

    public string? RequiredId(string field)
    {
        var id = RequiredString(field);
        return id is null ? null : CheckId(id, FieldPlace(field));
    }

    public int? OptionalInt(string field, int min, int max) =>
        TryGet(field, out var value) ? AsInt(value, FieldPlace(field), min, max) : null;

    public int? RequiredInt(string field, int min, int max)
    {
        if (!TryGet(field, out var value))
        {
            problems.Add(FieldPlace(field), "required field is missing");
            return null;
        }

        return AsInt(value, FieldPlace(field), min, max);
    }

    public TEnum? RequiredEnum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        if (!TryGet(field, out var value))
        {
            problems.Add(FieldPlace(field), "required field is missing");
            return null;
        }

        return AsEnum<TEnum>(value, FieldPlace(field));
    }

    public TEnum? OptionalEnum<TEnum>(string field)
        where TEnum : struct, Enum =>
        TryGet(field, out var value) ? AsEnum<TEnum>(value, FieldPlace(field)) : null;

    public IReadOnlyList<string> StringList(string field) =>
        ReadList(field, required: false, allowEmpty: true, (item, place) => AsText(item, place) is { } text ? (true, text) : (false, ""));

    public IReadOnlyList<TEnum> EnumList<TEnum>(string field)
        where TEnum : struct, Enum =>
        ReadList(field, required: false, allowEmpty: true, (item, place) => AsEnum<TEnum>(item, place) is { } value ? (true, value) : (false, default));

    public IReadOnlyList<Uri> UrlList(string field, bool required) =>
        SourceList.Of(ReadList(field, required, allowEmpty: false, (item, place) => AsUrl(item, place) is { } url ? (true, url) : (false, null!)));

    public IReadOnlyList<T> ValueList<T>(string field, Func<JsonObjectReader, JsonElement, string, T?> readItem, bool required = false)
        where T : class
    {
        var self = this;
        return ReadList(field, required, allowEmpty: false, (item, place) => readItem(self, item, place) is { } read ? (true, read) : (false, null!));
    }

    public IReadOnlyList<T> ObjectList<T>(string field, bool required, Func<JsonObjectReader, T?> readItem)
        where T : class
    {
        var problemList = problems;
        var bounds = limits;
        // A required list of entries must be present, but may be empty: a catalogue may hold no films yet.
        return ReadList(field, required, allowEmpty: true, (item, place) =>
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                problemList.Add(place, $"expected an object, found {Describe(item)}");
                return (false, null!);
            }

            return readItem(new JsonObjectReader(item, place, bounds, problemList)) is { } read ? (true, read) : (false, null!);
        });
    }

    public string? AsText(JsonElement value, string place)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(place, $"expected a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(place, "expected a non-empty string, found an empty one");
            return null;
        }

        if (text.Length > limits.MaxStringLength)
        {
            problems.Add(place, $"expected at most {limits.MaxStringLength} characters, found {text.Length}");
            return null;
        }

        return text;
    }

    public string? CheckId(string id, string place)
    {
        if (!IsSlug(id))
        {
            problems.Add(place, $"expected an id of lowercase letters, digits and single hyphens (such as \"tchaikovsky-1970\"), found \"{id}\"");
            return null;
        }

        return id;
    }

    private static bool IsSlug(string id)
    {
        if (id.Length > 100 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private int? AsInt(JsonElement value, string place, int min, int max)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            problems.Add(place, $"expected a whole number from {min} to {max}, found {Describe(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            problems.Add(place, $"expected a whole number from {min} to {max}, found {number}");
            return null;
        }

        return number;
    }

    private TEnum? AsEnum<TEnum>(JsonElement value, string place)
        where TEnum : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String && JsonNames<TEnum>.TryParse(value.GetString()!, out var parsed))
        {
            return parsed;
        }

        problems.Add(place, $"expected one of {string.Join(", ", JsonNames<TEnum>.All)}; found {Describe(value)}");
        return null;
    }

    /// <summary>The URL's text, once <see cref="Uri"/> accepts it as an absolute http or https URL.</summary>
    private string? AsUrl(JsonElement value, string place)
    {
        var text = AsText(value, place);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == "http" || uri.Scheme == "https")
            && uri.Host.Length > 0)
        {
            return text;
        }

        problems.Add(place, $"expected an absolute http or https URL, found \"{text}\"");
        return null;
    }

    private IReadOnlyList<T> ReadList<T>(string field, bool required, bool allowEmpty, Func<JsonElement, string, (bool Ok, T Value)> readItem)
    {
        var place = FieldPlace(field);
        if (!TryGet(field, out var value))
        {
            if (required)
            {
                problems.Add(place, "required field is missing");
            }

            return ReadOnly.Wrap(Array.Empty<T>());
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(place, $"expected an array, found {Describe(value)}");
            return ReadOnly.Wrap(Array.Empty<T>());
        }

        var length = value.GetArrayLength();
        if (length > limits.MaxListLength)
        {
            problems.Add(place, $"expected at most {limits.MaxListLength} items, found {length}");
            return ReadOnly.Wrap(Array.Empty<T>());
        }

        if (required && !allowEmpty && length == 0)
        {
            problems.Add(place, "expected at least one item, found an empty array");
        }

        var items = new List<T>(length);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var read = readItem(item, place + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            if (read.Ok)
            {
                items.Add(read.Value);
            }

            index++;
        }

        return ReadOnly.Copy(items);
    }

    private bool TryGet(string field, out JsonElement value)
    {
        // An explicit null counts as absent: optional fields may be written either way.
        if (element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    private string FieldPlace(string field) => $"{Place}.{field}";

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
}
