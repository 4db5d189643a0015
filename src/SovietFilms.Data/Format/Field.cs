using System;
using System.Collections.Generic;
using System.Text.Json;
using SovietFilms.Data.Building;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Format;

/// <summary>
/// One field of an entry of the format: its name, written here once, and how it is read from JSON, written to
/// JSON and checked against the format's rules, side by side. The tables in Formats.cs list them.
/// </summary>
/// <typeparam name="TEntry">The entry the field belongs to.</typeparam>
internal abstract class Field<TEntry>(string name, bool required)
    where TEntry : class
{
    public string Name { get; } = name;

    public bool Required { get; } = required;

    /// <summary>The field's bit in a mask of its entry's fields, set by the <see cref="EntryFormat{TEntry}"/> that lists it.</summary>
    public ulong Bit { get; internal set; }

    protected FieldPlace Place => new(Name);

    /// <summary>Reads the value at the reader's current token into the entry; a value of the wrong type is reported and left out.</summary>
    public abstract void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry);

    /// <summary>Writes the field, unless its value is absent or an empty list.</summary>
    public abstract void Write(Utf8JsonWriter json, TEntry entry);

    /// <summary>Checks the value: present if required, of its form, within bounds.</summary>
    public abstract void Check(TEntry entry, EntryCheck check);

    /// <summary>The value as one line of text (see <see cref="FlatText"/>), for flat layouts such as CSV; empty when absent.</summary>
    public abstract string ToText(TEntry entry);

    /// <summary>Reads the value from <see cref="ToText"/>'s form into the entry; empty text is absent. The problem, if the text is not of the form; otherwise null.</summary>
    public abstract TextProblem? FromText(string text, TEntry entry);

    /// <summary>The items of a list's text, or the problem that it is not one.</summary>
    protected static List<string[]>? Items(string text, out TextProblem? problem)
    {
        var items = FlatText.Split(text, out var message);
        problem = items is null ? new TextProblem(CatalogProblemKind.Syntax, message!) : null;
        return items;
    }
}

/// <summary>Why a field's text could not be read: what kind of problem, the message, and the list item (from 0) it is in, if any.</summary>
internal sealed record TextProblem(CatalogProblemKind Kind, string Message, int Item = -1);

internal sealed class TextField<TEntry>(string name, Func<TEntry, string?> get, Action<TEntry, string> set, TextForm form = TextForm.Text, bool required = false)
    : Field<TEntry>(name, required)
    where TEntry : class
{
    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry)
    {
        if (values.Text(ref json) is { } text)
        {
            set(entry, text);
        }
    }

    public override void Write(Utf8JsonWriter json, TEntry entry)
    {
        if (get(entry) is { } value)
        {
            json.WriteString(Name, value);
        }
    }

    public override void Check(TEntry entry, EntryCheck check)
    {
        if (get(entry) is { } value)
        {
            check.Text(value, form, Place);
        }
        else if (Required)
        {
            check.Missing(Place);
        }
    }

    public override string ToText(TEntry entry) => get(entry) ?? "";

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (text.Length > 0)
        {
            set(entry, text);
        }

        return null;
    }
}

internal sealed class IntField<TEntry>(string name, Func<TEntry, int?> get, Action<TEntry, int> set, int min, Func<int> max)
    : Field<TEntry>(name, required: false)
    where TEntry : class
{
    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry)
    {
        if (values.Int(ref json, min, max()) is { } number)
        {
            set(entry, number);
        }
    }

    public override void Write(Utf8JsonWriter json, TEntry entry)
    {
        if (get(entry) is { } value)
        {
            json.WriteNumber(Name, value);
        }
    }

    public override void Check(TEntry entry, EntryCheck check)
    {
        if (get(entry) is { } value)
        {
            check.Int(value, min, max(), Place);
        }
    }

    public override string ToText(TEntry entry) => get(entry)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return new(CatalogProblemKind.WrongType, $"expected a whole number from {min} to {max()}, found the string {Quote.Of(text)}");
        }

        set(entry, number);
        return null;
    }
}

internal sealed class ChoiceField<TEntry, TEnum>(string name, Func<TEntry, TEnum?> get, Action<TEntry, TEnum> set, Vocabulary<TEnum> vocabulary, bool required = false)
    : Field<TEntry>(name, required)
    where TEntry : class
    where TEnum : struct, Enum
{
    private readonly NameTable names = new(vocabulary.Names);

    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry)
    {
        if (values.Choice(ref json, names) is var index and >= 0)
        {
            set(entry, vocabulary[index]);
        }
    }

    public override void Write(Utf8JsonWriter json, TEntry entry)
    {
        if (get(entry) is { } value)
        {
            json.WriteString(Name, vocabulary.Format(value));
        }
    }

    public override void Check(TEntry entry, EntryCheck check)
    {
        if (get(entry) is { } value)
        {
            check.Choice(value, vocabulary, Place);
        }
        else if (Required)
        {
            check.Missing(Place);
        }
    }

    public override string ToText(TEntry entry) => get(entry) is { } value ? vocabulary.Format(value) : "";

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!vocabulary.TryParse(text, out var value))
        {
            return new(CatalogProblemKind.InvalidValue, $"expected one of {vocabulary}; found the string {Quote.Of(text)}");
        }

        set(entry, value);
        return null;
    }
}

/// <summary>A list of text values, each of one form: strings, ids, URLs or country codes.</summary>
internal sealed class TextListField<TEntry>(string name, Func<TEntry, IReadOnlyList<string>> get, Action<TEntry, IReadOnlyList<string>> set, TextForm form = TextForm.Text, bool required = false)
    : Field<TEntry>(name, required)
    where TEntry : class
{
    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry) => set(entry, values.StringList(ref json));

    public override void Write(Utf8JsonWriter json, TEntry entry) => StringLists.Write(json, Name, get(entry));

    public override void Check(TEntry entry, EntryCheck check)
    {
        var list = get(entry);
        check.Length(list, Required, Place);
        for (var i = 0; i < list.Count; i++)
        {
            check.Text(list[i], form, new FieldPlace(Name, i));
        }
    }

    public override string ToText(TEntry entry) => FlatText.Join(get(entry));

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (Items(text, out var problem) is not { } items)
        {
            return problem;
        }

        var values = new string[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (items[i].Length != 1)
            {
                return new(CatalogProblemKind.InvalidValue, $"expected one value, found {items[i].Length} parts; write \\| for a bar inside a value", i);
            }

            values[i] = items[i][0];
        }

        set(entry, ReadOnly.Wrap(values));
        return null;
    }
}

/// <summary>A list of vocabulary values, such as a film's themes.</summary>
internal sealed class ChoiceListField<TEntry, TEnum>(string name, Func<TEntry, IReadOnlyList<TEnum>> get, Action<TEntry, IReadOnlyList<TEnum>> set, Vocabulary<TEnum> vocabulary)
    : Field<TEntry>(name, required: false)
    where TEntry : class
    where TEnum : struct, Enum
{
    private readonly NameTable names = new(vocabulary.Names);

    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry)
    {
        var items = new List<TEnum>();
        if (values.BeginArray(ref json))
        {
            while (values.NextItem(ref json))
            {
                if (values.Choice(ref json, names) is var index and >= 0)
                {
                    items.Add(vocabulary[index]);
                }
            }
        }

        set(entry, ReadOnly.Copy(items));
    }

    public override void Write(Utf8JsonWriter json, TEntry entry)
    {
        var list = get(entry);
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(Name);
        foreach (var item in list)
        {
            json.WriteStringValue(vocabulary.Format(item));
        }

        json.WriteEndArray();
    }

    public override void Check(TEntry entry, EntryCheck check)
    {
        var list = get(entry);
        check.Length(list, required: false, Place);
        for (var i = 0; i < list.Count; i++)
        {
            check.Choice(list[i], vocabulary, new FieldPlace(Name, i));
        }
    }

    public override string ToText(TEntry entry)
    {
        var list = get(entry);
        var names = new string[list.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = vocabulary.Format(list[i]);
        }

        return FlatText.Join(names);
    }

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (Items(text, out var problem) is not { } items)
        {
            return problem;
        }

        var values = new TEnum[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (items[i].Length != 1 || !vocabulary.TryParse(items[i][0], out values[i]))
            {
                return new(CatalogProblemKind.InvalidValue, $"expected one of {vocabulary}; found the string {Quote.Of(string.Join(FlatText.PartSeparator, items[i]))}", i);
            }
        }

        set(entry, ReadOnly.Wrap(values));
        return null;
    }
}

/// <summary>How one kind of list item that is an object (a cast member, a credit, a fact) is read, written and checked.</summary>
internal abstract class ItemFormat<TItem>
    where TItem : class
{
    /// <summary>Reads the item at the reader's current token; null if it had a problem (reported).</summary>
    public abstract TItem? Read(ref Utf8JsonReader json, JsonValueReader values);

    public abstract void Write(Utf8JsonWriter json, TItem item);

    /// <summary>Checks the item, the <paramref name="index"/>th of the field <paramref name="field"/>.</summary>
    public abstract void Check(TItem item, string field, int index, EntryCheck check);

    /// <summary>The item as the parts of one item of <see cref="FlatText"/>.</summary>
    public abstract string[] ToParts(TItem item);

    /// <summary>The item of <see cref="ToParts"/>; null, with what the parts should be, if they are not such an item.</summary>
    public abstract TItem? FromParts(string[] parts, out string expected);
}

internal sealed class ItemListField<TEntry, TItem>(string name, Func<TEntry, IReadOnlyList<TItem>> get, Action<TEntry, IReadOnlyList<TItem>> set, ItemFormat<TItem> format)
    : Field<TEntry>(name, required: false)
    where TEntry : class
    where TItem : class
{
    public override void Read(ref Utf8JsonReader json, JsonValueReader values, TEntry entry)
    {
        var items = new List<TItem>();
        if (values.BeginArray(ref json))
        {
            while (values.NextItem(ref json))
            {
                if (format.Read(ref json, values) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        set(entry, ReadOnly.Copy(items));
    }

    public override void Write(Utf8JsonWriter json, TEntry entry)
    {
        var list = get(entry);
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(Name);
        foreach (var item in list)
        {
            json.WriteStartObject();
            format.Write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public override void Check(TEntry entry, EntryCheck check)
    {
        var list = get(entry);
        check.Length(list, required: false, Place);
        for (var i = 0; i < list.Count; i++)
        {
            format.Check(list[i], Name, i, check);
        }
    }

    public override string ToText(TEntry entry)
    {
        var list = get(entry);
        var items = new string[list.Count][];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = format.ToParts(list[i]);
        }

        return FlatText.Join(items);
    }

    public override TextProblem? FromText(string text, TEntry entry)
    {
        if (Items(text, out var problem) is not { } items)
        {
            return problem;
        }

        var values = new TItem[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (format.FromParts(items[i], out var expected) is not { } item)
            {
                return new(CatalogProblemKind.InvalidValue, $"expected {expected}, found {Quote.Of(string.Join(FlatText.PartSeparator, items[i]))}", i);
            }

            values[i] = item;
        }

        set(entry, ReadOnly.Wrap(values));
        return null;
    }
}

/// <summary>How the format writes a list of strings, in an entry's field or an item's: omitted when empty.</summary>
internal static class StringLists
{
    public static void Write(Utf8JsonWriter json, string name, IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in list)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
