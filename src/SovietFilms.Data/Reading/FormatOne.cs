using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SovietFilms.Data.Building;
using SovietFilms.Data.Format;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Format 1 (data 2026.11.1 and before), read into format 2's entries. Format 1 names a film's directors, cast and
/// studios as plain text; each distinct name becomes a person or studio entry with an id made from the name (made
/// unique with <c>-2</c>, <c>-3</c>...), each director a <see cref="PersonRole.Director"/> credit and each cast member an
/// <see cref="PersonRole.Actor"/> credit with the role as its character. Names are matched exactly, as format 1
/// gives no way to tell two spellings of one person from two people.
/// </summary>
internal static class FormatOne
{
    public const int Version = 1;

    public static readonly TextListField<FilmEntry> Directors = new("directors", e => e._formatOneDirectors, (e, v) => e._formatOneDirectors = v);

    public static readonly ItemListField<FilmEntry, FormatOneCastMember> Cast = new("cast", e => e._formatOneCast, (e, v) => e._formatOneCast = v, FormatOneCastFormat.Instance);

    /// <summary>The film fields the reader reads: format 2's, then format 1's that format 2 replaced (each keeps its bit).</summary>
    public static readonly EntryFormat<FilmEntry> FilmReading = new([.. FilmFields.Format.Fields, Directors, Cast]);

    /// <summary>Turns the names of format 1's films into people, studios and credits, added to the builder.</summary>
    /// <param name="films">The films read, with their origins.</param>
    /// <param name="composerIds">The ids already taken by composers, which people and studios made here must not take.</param>
    /// <param name="builder">Where the people and studios go.</param>
    /// <param name="problems">Where the names of an unconfirmed film are reported: such a film names no one.</param>
    public static void Upgrade(List<(FilmEntry Entry, int Index, ulong Wrong)> films, HashSet<string> composerIds, FilmCatalogBuilder builder, ProblemList problems)
    {
        var ids = new TakenIds(composerIds);
        var people = new Dictionary<string, string>();
        var studios = new Dictionary<string, string>();
        foreach (var (film, index, wrong) in films)
        {
            if (film._verification == VerificationStatus.Unconfirmed)
            {
                // Refused here, where the names still have their own fields; a list of the wrong type is refused too.
                RefuseNames(film, index, Directors, film._formatOneDirectors.Count > 0 || (wrong & Directors.Bit) != 0, problems);
                RefuseNames(film, index, Cast, film._formatOneCast.Count > 0 || (wrong & Cast.Bit) != 0, problems);
                film._formatOneDirectors = ReadOnly.Empty<string>();
                film._formatOneCast = ReadOnly.Empty<FormatOneCastMember>();
            }

            // Format 1 allowed a name twice in a list; format 2 allows no credit or studio twice, so a repeat is one.
            var studioIds = new List<string>(film._studios.Count);
            for (var i = 0; i < film._studios.Count; i++)
            {
                var name = film._studios[i];
                var id = IdOf(name, "studio", studios, ids, id => builder.Add(new StudioEntry { Id = id, Name = name }, Within(index, FilmFields.Studios.Name, i)));
                if (!studioIds.Contains(id))
                {
                    studioIds.Add(id);
                }
            }

            var credits = new List<PersonCreditEntry>(film._formatOneDirectors.Count + film._formatOneCast.Count + film._credits.Count);
            var seen = new HashSet<(string, PersonRole, string?)>();
            void Credit(string person, PersonRole role, string? character)
            {
                if (seen.Add((person, role, character)))
                {
                    credits.Add(new PersonCreditEntry(person, role, character));
                }
            }

            for (var i = 0; i < film._formatOneDirectors.Count; i++)
            {
                var name = film._formatOneDirectors[i];
                Credit(IdOf(name, "person", people, ids, id => builder.Add(new PersonEntry { Id = id, Name = name }, Within(index, Directors.Name, i))), PersonRole.Director, null);
            }

            for (var i = 0; i < film._formatOneCast.Count; i++)
            {
                var member = film._formatOneCast[i];
                Credit(IdOf(member.Actor, "person", people, ids, id => builder.Add(new PersonEntry { Id = id, Name = member.Actor }, Within(index, Cast.Name, i))), PersonRole.Actor, member.Role);
            }

            credits.AddRange(film._credits);
            film._studios = ReadOnly.Copy(studioIds);
            film._credits = ReadOnly.Copy(credits);
            film._formatOneDirectors = ReadOnly.Empty<string>();
            film._formatOneCast = ReadOnly.Empty<FormatOneCastMember>();
        }
    }

    /// <summary>Reports each film of a format-2 file that names people in format 1's fields, which format 2 would otherwise drop unread.</summary>
    public static void Refuse(List<(FilmEntry Entry, int Index, ulong Wrong)> films, ProblemList problems)
    {
        foreach (var (film, index, _) in films)
        {
            var id = film._id is { } text && Ids.IsId(text) ? text : null;
            if (film._formatOneDirectors.Count > 0)
            {
                problems.Add(JsonOrigin.Of(CatalogEntryKind.Film, index).Problem(CatalogProblemKind.InvalidValue, CatalogEntryKind.Film, id, new FieldPlace(Directors.Name), $"a field of format {Version}; format 2 names people in \"{FilmFields.Credits.Name}\", by id, with the role \"director\""));
            }

            if (film._formatOneCast.Count > 0)
            {
                problems.Add(JsonOrigin.Of(CatalogEntryKind.Film, index).Problem(CatalogProblemKind.InvalidValue, CatalogEntryKind.Film, id, new FieldPlace(Cast.Name), $"a field of format {Version}; format 2 names people in \"{FilmFields.Credits.Name}\", by id, with the role \"actor\""));
            }
        }
    }

    private static void RefuseNames(FilmEntry film, int index, Field<FilmEntry> field, bool names, ProblemList problems)
    {
        if (names)
        {
            var id = film._id is { } text && Ids.IsId(text) ? text : null;
            problems.Add(JsonOrigin.Of(CatalogEntryKind.Film, index).Problem(CatalogProblemKind.Policy, CatalogEntryKind.Film, id, new FieldPlace(field.Name), FilmCatalogBuilder.UnconfirmedNames(field.Name)));
        }
    }

    /// <summary>The origin of an entry made from one name in a film's list: problems in it are placed there.</summary>
    private static JsonOrigin Within(int film, string field, int index) =>
        new($"$.{EntryOrigin.ListName(CatalogEntryKind.Film)}[{film.ToString(CultureInfo.InvariantCulture)}].{field}[{index.ToString(CultureInfo.InvariantCulture)}]");

    private static string IdOf(string name, string fallback, Dictionary<string, string> known, TakenIds ids, System.Action<string> make)
    {
        if (known.TryGetValue(name, out var id))
        {
            return id;
        }

        id = ids.Take(Slug(name, fallback));
        known.Add(name, id);
        make(id);
        return id;
    }

    /// <summary>The ids taken, and for each stem the next suffix to try, so that n names of one stem cost n steps, not n².</summary>
    private sealed class TakenIds(HashSet<string> taken)
    {
        private readonly HashSet<string> taken = new(taken);
        private readonly Dictionary<string, int> next = [];

        public string Take(string stem)
        {
            if (taken.Add(stem))
            {
                return stem;
            }

            next.TryGetValue(stem, out var n);
            string id;
            for (n = System.Math.Max(n, 2); !taken.Add(id = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}"); n++)
            {
            }

            next[stem] = n + 1;
            return id;
        }
    }

    /// <summary>The name's words in ASCII letters and digits, joined by hyphens (a Cyrillic name romanized first), at most 60 characters.</summary>
    private static string Slug(string name, string fallback)
    {
        var latin = name;
        foreach (var romanized in Romanization.Of(name))
        {
            latin = romanized;
            break;
        }

        var slug = new StringBuilder();
        foreach (var word in NameNormalizer.Words(latin))
        {
            var start = slug.Length;
            if (start > 0)
            {
                slug.Append('-');
            }

            foreach (var c in word)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    slug.Append(c);
                }
            }

            if (slug.Length > 60 || slug.Length == start + (start > 0 ? 1 : 0))
            {
                slug.Length = start;
            }
        }

        return slug.Length > 0 ? slug.ToString() : fallback;
    }
}

/// <summary>An actor of format 1's <c>cast</c> list: the name and the part played.</summary>
internal sealed class FormatOneCastMember(string actor, string? role)
{
    public string Actor { get; } = actor;

    public string? Role { get; } = role;
}

internal sealed class FormatOneCastFormat : ItemFormat<FormatOneCastMember>
{
    public static readonly FormatOneCastFormat Instance = new();

    private const string Actor = "actor";
    private const string Role = "role";
    private static readonly NameTable Names = new([Actor, Role]);

    public override FormatOneCastMember? Read(ref Utf8JsonReader json, JsonValueReader values)
    {
        if (!values.BeginObject(ref json))
        {
            return null;
        }

        var fields = new ObjectFields(Names);
        string? actor = null, role = null;
        while (values.NextField(ref json, ref fields))
        {
            switch (fields.Current)
            {
                case 0: actor = values.Text(ref json); break;
                default: role = values.Text(ref json); break;
            }
        }

        values.RequireField(fields, 0);
        values.EndObject();
        return actor is null ? null : new FormatOneCastMember(actor, role);
    }

    // Format 1 is read, never written: what it held is written as format 2's credits.
    public override void Write(Utf8JsonWriter json, FormatOneCastMember item) => throw new System.NotSupportedException();

    public override string[] ToParts(FormatOneCastMember item) => throw new System.NotSupportedException();

    public override FormatOneCastMember? FromParts(string[] parts, out string expected) => throw new System.NotSupportedException();

    // Its text is checked where it goes: the person's name and the credit's character.
    public override void Check(FormatOneCastMember item, string field, int index, EntryCheck check)
    {
    }
}
