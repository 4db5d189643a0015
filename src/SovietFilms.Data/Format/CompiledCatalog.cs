using System;
using System.Collections.Generic;
using SovietFilms.Data.Building;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Format;

/// <summary>
/// The encoder and decoder of the compiled form (CompiledForm.cs) of a whole catalogue, each entry kind's pair side
/// by side. The build checks data/catalog.json with <see cref="FilmCatalog.Load(System.IO.Stream)"/> and encodes the
/// result; at run time <see cref="FilmCatalog.Default"/> decodes it, with no JSON, no checks and no text folding, into
/// the same model objects the builder makes from any catalogue.
/// </summary>
/// <remarks>
/// Written out by hand, entry field by entry field, rather than driven by the format's field tables: the first load
/// of <see cref="FilmCatalog.Default"/> is every program's cost, and a table-driven decoder runs a compiled delegate
/// for each field the JIT has to compile first. The round-trip test holds the two to the tables: every field of every
/// entry of data/catalog.json must come back equal.
/// </remarks>
internal static class CompiledCatalog
{
    /// <summary>The catalogue's entries, in its own order (films already in <see cref="Indexing.FilmOrder"/>).</summary>
    public static byte[] Encode(FilmCatalog catalog)
    {
        var output = new CompiledWriter();
        output.Text(catalog.DataVersion);
        EncodeAll(output, catalog.Composers, c => Encode(output, c.Entry));
        EncodeAll(output, catalog.People, p => Encode(output, p.PersonEntry!));
        EncodeAll(output, catalog.Studios, s => Encode(output, s.Entry));
        EncodeAll(output, catalog.Works, w => Encode(output, w.Entry));
        EncodeAll(output, catalog.Films, f => Encode(output, f.Entry));
        EncodeAll(output, catalog.Selections, s => Encode(output, s.Entry));
        output.Block(Encode(catalog.ComposerNames.Keys, catalog.Composers));
        return output.ToArray();
    }

    /// <summary>The catalogue <see cref="Encode(FilmCatalog)"/> wrote.</summary>
    /// <exception cref="System.IO.InvalidDataException">The form is damaged or of another format version.</exception>
    public static FilmCatalog Decode(ReadOnlySpan<byte> data)
    {
        var input = new CompiledReader(data);
        // Every entry was checked when the form was made, so none needs a place to report problems at.
        var origin = CodeOrigin.Root;
        var builder = new FilmCatalogBuilder(input.RequiredText(), CatalogLoadOptions.Default, origin, checkDataVersion: false);
        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodeComposer(ref input), origin);
        }

        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodePerson(ref input), origin);
        }

        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodeStudio(ref input), origin);
        }

        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodeWork(ref input), origin);
        }

        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodeFilm(ref input), origin);
        }

        for (var i = input.Count(); i > 0; i--)
        {
            builder.Add(DecodeSelection(ref input), origin);
        }

        // Decoded on the first name lookup, as an index built from the names would be built then.
        var composerKeys = input.Block();
        if (!input.AtEnd)
        {
            throw CompiledReader.Damaged("bytes follow its last entry");
        }

        try
        {
            return builder.Create(composers => DecodeNameKeys(composerKeys, composers));
        }
        catch (KeyNotFoundException)
        {
            throw CompiledReader.Damaged("an entry references an id it does not hold");
        }
        catch (ArgumentException)
        {
            throw CompiledReader.Damaged("two entries of a kind share an id");
        }
    }

    private static void EncodeAll<T>(CompiledWriter output, IReadOnlyList<T> entries, Action<T> encode)
    {
        output.Number(entries.Count);
        foreach (var entry in entries)
        {
            encode(entry);
        }
    }

    // Composers and people have the same fields, so one pair writes and reads them, as one constructor of Person
    // makes both.
    private static void Encode(CompiledWriter output, ComposerEntry entry) =>
        EncodePerson(output, entry._id, entry._name, entry._nativeName, entry._aliases, entry._born, entry._died, entry._sources);

    private static void Encode(CompiledWriter output, PersonEntry entry) =>
        EncodePerson(output, entry._id, entry._name, entry._nativeName, entry._aliases, entry._born, entry._died, entry._sources);

    private static void EncodePerson(CompiledWriter output, string? id, string? name, string? nativeName, IReadOnlyList<string> aliases, int? born, int? died, IReadOnlyList<string> sources)
    {
        output.Text(id);
        output.Text(name);
        output.Text(nativeName);
        output.Texts(aliases);
        output.Optional(born);
        output.Optional(died);
        output.Texts(sources);
    }

    private static ComposerEntry DecodeComposer(ref CompiledReader input)
    {
        var person = new PersonValues(ref input);
        return new() { _id = person.Id, _name = person.Name, _nativeName = person.NativeName, _aliases = person.Aliases, _born = person.Born, _died = person.Died, _sources = person.Sources };
    }

    private static PersonEntry DecodePerson(ref CompiledReader input)
    {
        var person = new PersonValues(ref input);
        return new() { _id = person.Id, _name = person.Name, _nativeName = person.NativeName, _aliases = person.Aliases, _born = person.Born, _died = person.Died, _sources = person.Sources };
    }

    private static void Encode(CompiledWriter output, StudioEntry entry)
    {
        output.Text(entry._id);
        output.Text(entry._name);
        output.Text(entry._nativeName);
        output.Texts(entry._aliases);
        output.Text(entry._city);
        output.Text(entry._country);
        output.Texts(entry._sources);
    }

    private static StudioEntry DecodeStudio(ref CompiledReader input) => new()
    {
        _id = input.RequiredText(),
        _name = input.RequiredText(),
        _nativeName = input.Text(),
        _aliases = input.Texts(),
        _city = input.Text(),
        _country = input.Text(),
        _sources = input.Texts(),
    };

    private static void Encode(CompiledWriter output, WorkEntry entry)
    {
        output.Text(entry._id);
        output.Text(entry._composer);
        output.Text(entry._title);
        output.Text(entry._originalTitle);
        output.Texts(entry._alternateTitles);
        output.Texts(entry._sources);
    }

    private static WorkEntry DecodeWork(ref CompiledReader input) => new()
    {
        _id = input.RequiredText(),
        _composer = input.RequiredText(),
        _title = input.RequiredText(),
        _originalTitle = input.Text(),
        _alternateTitles = input.Texts(),
        _sources = input.Texts(),
    };

    private static void Encode(CompiledWriter output, FilmEntry entry)
    {
        output.Text(entry._id);
        output.Text(entry._title);
        output.Text(entry._originalTitle);
        output.Texts(entry._alternateTitles);
        output.Optional(entry._year);
        output.Optional((int?)entry._kind);
        output.Texts(entry._countries);
        output.Texts(entry._studios);
        output.Number(entry._credits.Count);
        foreach (var credit in entry._credits)
        {
            output.Text(credit.Person);
            output.Number((int)credit.Role);
            output.Text(credit.Character);
            output.Text(credit.For);
            output.Texts(credit.Sources);
        }

        output.Optional(entry._runtimeMinutes);
        output.Number(entry._themes.Count);
        foreach (var theme in entry._themes)
        {
            output.Number((int)theme);
        }

        output.Number(entry._composers.Count);
        foreach (var credit in entry._composers)
        {
            output.Text(credit.Composer);
            output.Number((int)credit.Role);
        }

        output.Texts(entry._works);
        output.Text(entry._summary);
        output.Text(entry._description);
        output.Text(entry._listedAs);
        output.Number(entry._facts.Count);
        foreach (var fact in entry._facts)
        {
            output.Text(fact.Statement);
            output.Number((int)fact.Status);
            output.Text(fact.Note);
            output.Texts(fact.Sources);
        }

        output.Number((int)entry._verification!.Value);
        output.Text(entry._verificationNote);
        output.Text(entry._imdbId);
        output.Texts(entry._sources);
    }

    private static FilmEntry DecodeFilm(ref CompiledReader input)
    {
        var entry = new FilmEntry
        {
            _id = input.RequiredText(),
            _title = input.RequiredText(),
            _originalTitle = input.Text(),
            _alternateTitles = input.Texts(),
            _year = input.Optional(),
            _kind = (FilmKind?)input.OptionalBelow(Enums.FilmKinds),
            _countries = input.Texts(),
            _studios = input.Texts(),
        };
        var credits = new PersonCreditEntry[input.Count()];
        for (var i = 0; i < credits.Length; i++)
        {
            credits[i] = new PersonCreditEntry(input.RequiredText(), (PersonRole)input.Below(Enums.PersonRoles), input.Text(), input.Text(), input.Texts());
        }

        entry._credits = ReadOnly.Wrap(credits);
        entry._runtimeMinutes = input.Optional();
        var themes = new Theme[input.Count()];
        for (var i = 0; i < themes.Length; i++)
        {
            themes[i] = (Theme)input.Below(Enums.Themes);
        }

        entry._themes = ReadOnly.Wrap(themes);
        var composers = new CreditEntry[input.Count()];
        for (var i = 0; i < composers.Length; i++)
        {
            composers[i] = new CreditEntry(input.RequiredText(), (ComposerRole)input.Below(Enums.ComposerRoles));
        }

        entry._composers = ReadOnly.Wrap(composers);
        entry._works = input.Texts();
        entry._summary = input.RequiredText();
        entry._description = input.Text();
        entry._listedAs = input.Text();
        var facts = new FactEntry[input.Count()];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new FactEntry(input.RequiredText(), (FactStatus)input.Below(Enums.FactStatuses), input.Text(), input.Texts());
        }

        entry._facts = ReadOnly.Wrap(facts);
        entry._verification = (VerificationStatus)input.Below(Enums.VerificationStatuses);
        entry._verificationNote = input.Text();
        entry._imdbId = input.Text();
        entry._sources = input.Texts();
        return entry;
    }

    private static void Encode(CompiledWriter output, SelectionEntry entry)
    {
        output.Text(entry._id);
        output.Text(entry._title);
        output.Text(entry._introduction);
        output.Texts(entry._films);
    }

    private static SelectionEntry DecodeSelection(ref CompiledReader input) => new()
    {
        _id = input.RequiredText(),
        _title = input.RequiredText(),
        _introduction = input.Text(),
        _films = input.Texts(),
    };

    /// <summary>The keys of a name index, its entries by their place in <paramref name="entries"/>, as a form of their own.</summary>
    private static byte[] Encode<T>(NameKeys<T> keys, IReadOnlyList<T> entries)
        where T : class
    {
        var places = new Dictionary<T, int>();
        for (var i = 0; i < entries.Count; i++)
        {
            places.Add(entries[i], i);
        }

        var output = new CompiledWriter();
        foreach (var table in new[] { keys.Names, keys.Surnames, keys.Words })
        {
            output.Number(table.Count);
            foreach (var pair in table)
            {
                output.Text(pair.Key);
                EncodePlaces(pair.Value);
            }
        }

        output.Number(keys.Initials.Count);
        foreach (var pair in keys.Initials)
        {
            output.Number(pair.Key);
            EncodePlaces(pair.Value);
        }

        return output.ToArray();

        void EncodePlaces(T[] named)
        {
            output.Number(named.Length);
            foreach (var entry in named)
            {
                output.Number(places[entry]);
            }
        }
    }

    private static NameKeys<T> DecodeNameKeys<T>(byte[] data, IReadOnlyList<T> entries)
        where T : class
    {
        var input = new CompiledReader(data);
        try
        {
            var names = DecodeTable(ref input, entries);
            var surnames = DecodeTable(ref input, entries);
            var words = DecodeTable(ref input, entries);
            var count = input.Count();
            var initials = new Dictionary<char, T[]>(count);
            for (var i = 0; i < count; i++)
            {
                initials.Add((char)input.Below(char.MaxValue + 1), DecodePlaces(ref input, entries));
            }

            return input.AtEnd ? new NameKeys<T>(names, surnames, words, initials) : throw CompiledReader.Damaged("bytes follow the name index");
        }
        catch (ArgumentException)
        {
            throw CompiledReader.Damaged("the name index holds a key twice");
        }

        static Dictionary<string, T[]> DecodeTable(ref CompiledReader input, IReadOnlyList<T> entries)
        {
            var count = input.Count();
            var table = new Dictionary<string, T[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                table.Add(input.RequiredText(), DecodePlaces(ref input, entries));
            }

            return table;
        }

        static T[] DecodePlaces(ref CompiledReader input, IReadOnlyList<T> entries)
        {
            var named = new T[input.Count()];
            for (var i = 0; i < named.Length; i++)
            {
                named[i] = entries[input.Below(entries.Count)];
            }

            return named;
        }
    }

    /// <summary>The fields <see cref="EncodePerson"/> wrote, read in its order; fields, not properties, so the first load compiles no getters.</summary>
    private readonly struct PersonValues(ref CompiledReader input)
    {
        public readonly string Id = input.RequiredText();
        public readonly string Name = input.RequiredText();
        public readonly string? NativeName = input.Text();
        public readonly IReadOnlyList<string> Aliases = input.Texts();
        public readonly int? Born = input.Optional();
        public readonly int? Died = input.Optional();
        public readonly IReadOnlyList<string> Sources = input.Texts();
    }
}
