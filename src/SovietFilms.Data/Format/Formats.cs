using System;
using System.Collections.Generic;
using System.Text.Json;
using SovietFilms.Data.Building;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Format;

// The format of data/catalog.json, entry by entry: every field named once, here, in the order the writer writes
// it. The JSON reader, the JSON writer and the builder's checks all work from these tables; the data README and
// data/catalog.schema.json document them, and a test holds the schema to them.

/// <summary>The fields of a composer entry, in the order they are written.</summary>
internal static class ComposerFields
{
    public static readonly TextField<ComposerEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<ComposerEntry> Name = new("name", e => e._name, (e, v) => e._name = v, required: true);

    public static readonly TextField<ComposerEntry> NativeName = new("nativeName", e => e._nativeName, (e, v) => e._nativeName = v);

    public static readonly TextListField<ComposerEntry> Aliases = new("aliases", e => e._aliases, (e, v) => e._aliases = v);

    public static readonly IntField<ComposerEntry> Born = new("born", e => e._born, (e, v) => e._born = v, CatalogLimits.FirstComposerYear, () => CatalogLimits.LastYear);

    public static readonly IntField<ComposerEntry> Died = new("died", e => e._died, (e, v) => e._died = v, CatalogLimits.FirstComposerYear, () => CatalogLimits.LastYear);

    public static readonly TextListField<ComposerEntry> Sources = new("sources", e => e._sources, (e, v) => e._sources = v, TextForm.Url, required: true);

    public static readonly EntryFormat<ComposerEntry> Format = new([Id, Name, NativeName, Aliases, Born, Died, Sources]);
}

/// <summary>The fields of a person entry, in the order they are written.</summary>
internal static class PersonFields
{
    public static readonly TextField<PersonEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<PersonEntry> Name = new("name", e => e._name, (e, v) => e._name = v, required: true);

    public static readonly TextField<PersonEntry> NativeName = new("nativeName", e => e._nativeName, (e, v) => e._nativeName = v);

    public static readonly TextListField<PersonEntry> Aliases = new("aliases", e => e._aliases, (e, v) => e._aliases = v);

    public static readonly IntField<PersonEntry> Born = new("born", e => e._born, (e, v) => e._born = v, CatalogLimits.FirstComposerYear, () => CatalogLimits.LastYear);

    public static readonly IntField<PersonEntry> Died = new("died", e => e._died, (e, v) => e._died = v, CatalogLimits.FirstComposerYear, () => CatalogLimits.LastYear);

    public static readonly TextListField<PersonEntry> Sources = new("sources", e => e._sources, (e, v) => e._sources = v, TextForm.Url);

    public static readonly EntryFormat<PersonEntry> Format = new([Id, Name, NativeName, Aliases, Born, Died, Sources]);
}

/// <summary>The fields of a studio entry, in the order they are written.</summary>
internal static class StudioFields
{
    public static readonly TextField<StudioEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<StudioEntry> Name = new("name", e => e._name, (e, v) => e._name = v, required: true);

    public static readonly TextField<StudioEntry> NativeName = new("nativeName", e => e._nativeName, (e, v) => e._nativeName = v);

    public static readonly TextListField<StudioEntry> Aliases = new("aliases", e => e._aliases, (e, v) => e._aliases = v);

    public static readonly TextField<StudioEntry> City = new("city", e => e._city, (e, v) => e._city = v);

    public static readonly TextField<StudioEntry> Country = new("country", e => e._country, (e, v) => e._country = v, TextForm.Country);

    public static readonly TextListField<StudioEntry> Sources = new("sources", e => e._sources, (e, v) => e._sources = v, TextForm.Url);

    public static readonly EntryFormat<StudioEntry> Format = new([Id, Name, NativeName, Aliases, City, Country, Sources]);
}

/// <summary>The fields of a work entry, in the order they are written.</summary>
internal static class WorkFields
{
    public static readonly TextField<WorkEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<WorkEntry> Composer = new("composer", e => e._composer, (e, v) => e._composer = v, TextForm.Id, required: true);

    public static readonly TextField<WorkEntry> Title = new("title", e => e._title, (e, v) => e._title = v, required: true);

    public static readonly TextField<WorkEntry> OriginalTitle = new("originalTitle", e => e._originalTitle, (e, v) => e._originalTitle = v);

    public static readonly TextListField<WorkEntry> AlternateTitles = new("alternateTitles", e => e._alternateTitles, (e, v) => e._alternateTitles = v);

    public static readonly TextListField<WorkEntry> Sources = new("sources", e => e._sources, (e, v) => e._sources = v, TextForm.Url);

    public static readonly EntryFormat<WorkEntry> Format = new([Id, Composer, Title, OriginalTitle, AlternateTitles, Sources]);
}

/// <summary>The fields of a film entry, in the order they are written.</summary>
internal static class FilmFields
{
    public static readonly TextField<FilmEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<FilmEntry> Title = new("title", e => e._title, (e, v) => e._title = v, required: true);

    public static readonly TextField<FilmEntry> OriginalTitle = new("originalTitle", e => e._originalTitle, (e, v) => e._originalTitle = v);

    public static readonly TextListField<FilmEntry> AlternateTitles = new("alternateTitles", e => e._alternateTitles, (e, v) => e._alternateTitles = v);

    public static readonly IntField<FilmEntry> Year = new("year", e => e._year, (e, v) => e._year = v, CatalogLimits.FirstFilmYear, () => CatalogLimits.LastYear);

    public static readonly ChoiceField<FilmEntry, FilmKind> Kind = new("kind", e => e._kind, (e, v) => e._kind = v, Vocabulary.Kinds);

    public static readonly TextListField<FilmEntry> Countries = new("countries", e => e._countries, (e, v) => e._countries = v, TextForm.Country);

    public static readonly TextListField<FilmEntry> Studios = new("studios", e => e._studios, (e, v) => e._studios = v, TextForm.Id);

    public static readonly ItemListField<FilmEntry, PersonCreditEntry> Credits = new("credits", e => e._credits, (e, v) => e._credits = v, PersonCreditFormat.Instance);

    public static readonly IntField<FilmEntry> RuntimeMinutes = new("runtimeMinutes", e => e._runtimeMinutes, (e, v) => e._runtimeMinutes = v, 1, () => 10_000);

    public static readonly ChoiceListField<FilmEntry, Theme> Themes = new("themes", e => e._themes, (e, v) => e._themes = v, Vocabulary.Themes);

    public static readonly ItemListField<FilmEntry, CreditEntry> Composers = new("composers", e => e._composers, (e, v) => e._composers = v, CreditFormat.Instance);

    public static readonly TextListField<FilmEntry> Works = new("works", e => e._works, (e, v) => e._works = v, TextForm.Id);

    public static readonly TextField<FilmEntry> Summary = new("summary", e => e._summary, (e, v) => e._summary = v, required: true);

    public static readonly TextField<FilmEntry> Description = new("description", e => e._description, (e, v) => e._description = v);

    public static readonly TextField<FilmEntry> ListedAs = new("listedAs", e => e._listedAs, (e, v) => e._listedAs = v);

    public static readonly ItemListField<FilmEntry, FactEntry> Facts = new("facts", e => e._facts, (e, v) => e._facts = v, FactFormat.Instance);

    public static readonly ChoiceField<FilmEntry, VerificationStatus> Verification = new("verification", e => e._verification, (e, v) => e._verification = v, Vocabulary.Verifications, required: true);

    public static readonly TextField<FilmEntry> VerificationNote = new("verificationNote", e => e._verificationNote, (e, v) => e._verificationNote = v);

    public static readonly TextField<FilmEntry> ImdbId = new("imdbId", e => e._imdbId, (e, v) => e._imdbId = v, TextForm.ImdbId);

    public static readonly TextListField<FilmEntry> Sources = new("sources", e => e._sources, (e, v) => e._sources = v, TextForm.Url, required: true);

    public static readonly EntryFormat<FilmEntry> Format = new([Id, Title, OriginalTitle, AlternateTitles, Year, Kind, Countries, Studios, Credits, RuntimeMinutes, Themes, Composers, Works, Summary, Description, ListedAs, Facts, Verification, VerificationNote, ImdbId, Sources]);
}

/// <summary>The fields of a selection entry, in the order they are written.</summary>
internal static class SelectionFields
{
    public static readonly TextField<SelectionEntry> Id = new("id", e => e._id, (e, v) => e._id = v, TextForm.Id, required: true);

    public static readonly TextField<SelectionEntry> Title = new("title", e => e._title, (e, v) => e._title = v, required: true);

    public static readonly TextField<SelectionEntry> Introduction = new("introduction", e => e._introduction, (e, v) => e._introduction = v);

    public static readonly TextListField<SelectionEntry> Films = new("films", e => e._films, (e, v) => e._films = v, TextForm.Id, required: true);

    public static readonly EntryFormat<SelectionEntry> Format = new([Id, Title, Introduction, Films]);
}

/// <summary>The fields of one kind of entry, and the names to match them by in JSON.</summary>
internal sealed class EntryFormat<TEntry>
    where TEntry : class
{
    public EntryFormat(Field<TEntry>[] fields)
    {
        Fields = fields;
        var names = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            names[i] = fields[i].Name;
            fields[i].Bit = 1UL << i;
        }

        Names = new NameTable(names);
    }

    public IReadOnlyList<Field<TEntry>> Fields { get; }

    public NameTable Names { get; }

    public void Check(TEntry entry, EntryCheck check, ulong skipped = 0)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if ((skipped & (1UL << i)) == 0)
            {
                Fields[i].Check(entry, check);
            }
        }
    }

    public void Write(Utf8JsonWriter json, TEntry entry)
    {
        json.WriteStartObject();
        foreach (var field in Fields)
        {
            field.Write(json, entry);
        }

        json.WriteEndObject();
    }
}

internal sealed class PersonCreditFormat : ItemFormat<PersonCreditEntry>
{
    public static readonly PersonCreditFormat Instance = new();

    /// <summary>The credit's field that names the person, where an unknown person is reported.</summary>
    public const string Person = "person";
    public const string Role = "role";
    public const string Character = "character";

    /// <summary>The credit's field that names the performer a voice is for.</summary>
    public const string For = "for";
    private const string Sources = "sources";
    private static readonly NameTable Names = new([Person, Role, Character, For, Sources]);
    private static readonly NameTable Roles = new(Vocabulary.PersonRoles.Names);

    public override PersonCreditEntry? Read(ref Utf8JsonReader json, JsonValueReader values)
    {
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(Names);
        string? person = null, character = null, performer = null;
        var role = -1;
        IReadOnlyList<string> sources = [];
        while (values.NextField(ref json, ref fields))
        {
            switch (fields.Current)
            {
                case 0: person = values.Text(ref json); break;
                case 1: role = values.Choice(ref json, Roles); break;
                case 2: character = values.Text(ref json); break;
                case 3: performer = values.Text(ref json); break;
                default: sources = values.StringList(ref json); break;
            }
        }

        values.RequireField(fields, 0);
        values.RequireField(fields, 1);
        values.EndObject();
        return person is null || role < 0 ? null : new PersonCreditEntry(person, Vocabulary.PersonRoles[role], character, performer, sources);
    }

    public override void Write(Utf8JsonWriter json, PersonCreditEntry item)
    {
        json.WriteString(Person, item.Person);
        json.WriteString(Role, Vocabulary.PersonRoles.Format(item.Role));
        if (item.Character is { } character)
        {
            json.WriteString(Character, character);
        }

        if (item.For is { } performer)
        {
            json.WriteString(For, performer);
        }

        StringLists.Write(json, Sources, item.Sources);
    }

    public override string[] ToParts(PersonCreditEntry item)
    {
        var parts = new List<string> { item.Person, Vocabulary.PersonRoles.Format(item.Role), item.Character ?? "", item.For ?? "" };
        parts.AddRange(item.Sources);
        return [.. parts];
    }

    public override PersonCreditEntry? FromParts(string[] parts, out string expected)
    {
        expected = $"\"person-id | role | character | for-id | source | ...\" with a role of {Vocabulary.PersonRoles}";
        if (parts.Length < 4 || !Vocabulary.PersonRoles.TryParse(parts[1], out var role))
        {
            return null;
        }

        var sources = new string[parts.Length - 4];
        Array.Copy(parts, 4, sources, 0, sources.Length);
        return new PersonCreditEntry(parts[0], role, parts[2].Length == 0 ? null : parts[2], parts[3].Length == 0 ? null : parts[3], sources);
    }

    public override void Check(PersonCreditEntry item, string field, int index, EntryCheck check)
    {
        check.Text(item.Person, TextForm.Id, new FieldPlace(field, index, Person));
        check.Choice(item.Role, Vocabulary.PersonRoles, new FieldPlace(field, index, Role));
        if (item.Character is { } character)
        {
            check.Text(character, TextForm.Text, new FieldPlace(field, index, Character));
        }

        if (item.For is { } performer)
        {
            check.Text(performer, TextForm.Id, new FieldPlace(field, index, For));
        }

        check.Length(item.Sources, required: false, new FieldPlace(field, index, Sources));
        for (var i = 0; i < item.Sources.Count; i++)
        {
            check.Text(item.Sources[i], TextForm.Url, new FieldPlace(field, index, Sources, i));
        }
    }
}

internal sealed class CreditFormat : ItemFormat<CreditEntry>
{
    public static readonly CreditFormat Instance = new();

    /// <summary>The credit's field that names the composer, where an unknown composer is reported.</summary>
    public const string Id = "id";
    private const string Role = "role";
    private static readonly NameTable Names = new([Id, Role]);
    private static readonly NameTable Roles = new(Vocabulary.Roles.Names);

    public override CreditEntry? Read(ref Utf8JsonReader json, JsonValueReader values)
    {
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(Names);
        string? id = null;
        var role = -1;
        while (values.NextField(ref json, ref fields))
        {
            switch (fields.Current)
            {
                case 0: id = values.Text(ref json); break;
                default: role = values.Choice(ref json, Roles); break;
            }
        }

        values.RequireField(fields, 0);
        values.RequireField(fields, 1);
        values.EndObject();
        return id is null || role < 0 ? null : new CreditEntry(id, Vocabulary.Roles[role]);
    }

    public override void Write(Utf8JsonWriter json, CreditEntry item)
    {
        json.WriteString(Id, item.Composer);
        json.WriteString(Role, Vocabulary.Roles.Format(item.Role));
    }

    public override string[] ToParts(CreditEntry item) => [item.Composer, Vocabulary.Roles.Format(item.Role)];

    public override CreditEntry? FromParts(string[] parts, out string expected)
    {
        expected = $"\"composer-id | role\" with a role of {Vocabulary.Roles}";
        return parts.Length == 2 && Vocabulary.Roles.TryParse(parts[1], out var role) ? new CreditEntry(parts[0], role) : null;
    }

    public override void Check(CreditEntry item, string field, int index, EntryCheck check)
    {
        check.Text(item.Composer, TextForm.Id, new FieldPlace(field, index, Id));
        check.Choice(item.Role, Vocabulary.Roles, new FieldPlace(field, index, Role));
    }
}

internal sealed class FactFormat : ItemFormat<FactEntry>
{
    public static readonly FactFormat Instance = new();

    private const string Statement = "statement";
    private const string Status = "status";
    private const string Note = "note";
    private const string Sources = "sources";
    private static readonly NameTable Names = new([Statement, Status, Note, Sources]);
    private static readonly NameTable Statuses = new(Vocabulary.FactStatuses.Names);

    public override FactEntry? Read(ref Utf8JsonReader json, JsonValueReader values)
    {
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(Names);
        string? statement = null, note = null;
        var status = -1;
        IReadOnlyList<string> sources = [];
        while (values.NextField(ref json, ref fields))
        {
            switch (fields.Current)
            {
                case 0: statement = values.Text(ref json); break;
                case 1: status = values.Choice(ref json, Statuses); break;
                case 2: note = values.Text(ref json); break;
                default: sources = values.StringList(ref json); break;
            }
        }

        values.RequireField(fields, 0);
        values.RequireField(fields, 1);
        values.EndObject();
        return statement is null || status < 0 ? null : new FactEntry(statement, Vocabulary.FactStatuses[status], note, sources);
    }

    public override void Write(Utf8JsonWriter json, FactEntry item)
    {
        json.WriteString(Statement, item.Statement);
        json.WriteString(Status, Vocabulary.FactStatuses.Format(item.Status));
        if (item.Note is { } note)
        {
            json.WriteString(Note, note);
        }

        StringLists.Write(json, Sources, item.Sources);
    }

    public override string[] ToParts(FactEntry item)
    {
        var parts = new List<string> { item.Statement, Vocabulary.FactStatuses.Format(item.Status), item.Note ?? "" };
        parts.AddRange(item.Sources);
        return [.. parts];
    }

    public override FactEntry? FromParts(string[] parts, out string expected)
    {
        expected = $"\"statement | status | note | source | ...\" with a status of {Vocabulary.FactStatuses}";
        if (parts.Length < 3 || !Vocabulary.FactStatuses.TryParse(parts[1], out var status))
        {
            return null;
        }

        var sources = new string[parts.Length - 3];
        Array.Copy(parts, 3, sources, 0, sources.Length);
        return new FactEntry(parts[0], status, parts[2].Length == 0 ? null : parts[2], sources);
    }

    public override void Check(FactEntry item, string field, int index, EntryCheck check)
    {
        check.Text(item.Statement, TextForm.Text, new FieldPlace(field, index, Statement));
        check.Choice(item.Status, Vocabulary.FactStatuses, new FieldPlace(field, index, Status));
        if (item.Note is { } note)
        {
            check.Text(note, TextForm.Text, new FieldPlace(field, index, Note));
        }

        check.Length(item.Sources, required: false, new FieldPlace(field, index, Sources));
        for (var i = 0; i < item.Sources.Count; i++)
        {
            check.Text(item.Sources[i], TextForm.Url, new FieldPlace(field, index, Sources, i));
        }

        if (item.Status != FactStatus.Unconfirmed && item.Sources.Count == 0)
        {
            check.Problem(CatalogProblemKind.Policy, new FieldPlace(field, index, Sources), "a fact that is not unconfirmed needs at least one source");
        }
    }
}

/// <summary>The fields of the catalogue's root object.</summary>
internal static class RootFields
{
    public const string Format = "format";
    public const string DataVersion = "dataVersion";

    /// <summary>The root's fields in the order they are written, each list named for its kind of entry.</summary>
    public static readonly NameTable Names = new(
    [
        Format,
        DataVersion,
        EntryOrigin.ListName(CatalogEntryKind.Composer),
        EntryOrigin.ListName(CatalogEntryKind.Person),
        EntryOrigin.ListName(CatalogEntryKind.Studio),
        EntryOrigin.ListName(CatalogEntryKind.Work),
        EntryOrigin.ListName(CatalogEntryKind.Film),
        EntryOrigin.ListName(CatalogEntryKind.Selection),
    ]);
}
