using System;
using System.Collections.Generic;
using System.IO;
using CsvHelper;
using SovietFilms.Data.Building;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Csv;

/// <summary>
/// Reads rows in the layout of <see cref="FilmCsvLayout"/> into film entries, and the composers and works their
/// cells name into entries of their own, and builds the catalogue through <see cref="FilmCatalogBuilder"/>: every
/// problem, the builder's too, is placed by row and column.
/// </summary>
internal sealed class FilmCsvReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
    };

    /// <summary>The bound of a JSON catalogue's bytes, <see cref="CatalogLoadOptions.MaxBytes"/>, in characters.</summary>
    internal static readonly int MaxCharacters = CatalogLoadOptions.Default.MaxBytes;

    private readonly ProblemList problems = new();
    private readonly FilmCatalogBuilder builder = new("csv", CatalogLoadOptions.Default, CodeOrigin.Root, checkDataVersion: false);
    private readonly Dictionary<string, Named> composers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Named> works = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Named> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Named> studios = new(StringComparer.Ordinal);

    public static FilmCatalog Read(TextReader reader) => new FilmCsvReader().ReadCatalog(reader);

    private FilmCatalog ReadCatalog(TextReader reader)
    {
        var row = 1;
        try
        {
            using var csv = CsvReader.Create(new BoundedTextReader(reader, MaxCharacters), Options, leaveOpen: true);
            if (!IsHeader(csv.Headers))
            {
                problems.Add(new CatalogProblem(
                    CatalogProblemKind.Syntax,
                    "row 1",
                    $"expected the header {string.Join(",", FilmCsvLayout.Header)}; found {(csv.Headers.Count == 0 ? "nothing" : string.Join(",", csv.Headers))}")
                { Row = 1 });
                problems.ThrowIfAny();
            }

            while (csv.Read())
            {
                row++;
                ReadFilm(csv, row, (int)csv.LineNumber);
            }
        }
        catch (BoundedTextReader.TooLargeException)
        {
            problems.Clear();
            problems.Add(new CatalogProblem(CatalogProblemKind.Bound, $"row {row + 1}", $"the CSV is larger than the limit of {MaxCharacters} characters") { Row = row + 1 });
            problems.ThrowIfAny();
        }
        catch (CsvFormatException e)
        {
            // Text that is not CSV makes every other finding moot.
            problems.Clear();
            problems.Add(new CatalogProblem(CatalogProblemKind.Syntax, $"line {e.LineNumber}", $"not valid CSV: {e.Message}") { Line = (int)e.LineNumber }, e);
            problems.ThrowIfAny();
        }

        foreach (var composer in composers)
        {
            var sources = composer.Value.DistinctSources();

            // No source left means every film that names the composer had bad sources, reported at their own cells.
            var skipped = sources.Count == 0 ? ComposerFields.Sources.Bit : 0;
            builder.Add(
                new ComposerEntry { Id = composer.Key, Name = composer.Value.Name, Sources = sources },
                new CsvOrigin(composer.Value.Row, composer.Value.Column),
                skipped);
        }

        // A credit may name a composer: the composer's record is made from the composer columns, not a person's.
        foreach (var person in people)
        {
            if (!composers.ContainsKey(person.Key))
            {
                builder.Add(new PersonEntry { Id = person.Key, Name = person.Value.Name }, new CsvOrigin(person.Value.Row, person.Value.Column));
            }
        }

        foreach (var studio in studios)
        {
            builder.Add(new StudioEntry { Id = studio.Key, Name = studio.Value.Name }, new CsvOrigin(studio.Value.Row, studio.Value.Column));
        }

        foreach (var work in works)
        {
            builder.Add(
                new WorkEntry { Id = work.Key, Title = work.Value.Name, Composer = work.Value.Composer },
                new CsvOrigin(work.Value.Row, work.Value.Column));
        }

        builder.Check(problems);
        problems.ThrowIfAny();
        return builder.Create();
    }

    private static bool IsHeader(IReadOnlyList<string> headers)
    {
        if (headers.Count != FilmCsvLayout.Header.Count)
        {
            return false;
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (!string.Equals(headers[i], FilmCsvLayout.Header[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadFilm(CsvReader csv, int row, int line)
    {
        var entry = new FilmEntry();
        var origin = CsvOrigin.Film(row, line);
        var named = new List<string>();
        ulong wrong = 0;
        for (var column = 0; column < FilmCsvLayout.Fields.Count; column++)
        {
            var field = FilmCsvLayout.Fields[column];
            var cell = FormulaEscape.Unescape(csv.GetString(column));
            var problem = ReferenceEquals(field, FilmCsvLayout.Composers) ? ReadCredits(cell, entry, row, named)
                : ReferenceEquals(field, FilmCsvLayout.Works) ? ReadWorks(cell, entry, row, named)
                : ReferenceEquals(field, FilmCsvLayout.Studios) ? ReadStudios(cell, entry, row)
                : ReferenceEquals(field, FilmCsvLayout.Credits) ? ReadPeople(cell, entry, row)
                : field.FromText(cell, entry);
            if (problem is not null)
            {
                wrong |= 1UL << column;
                var id = entry.Id is { } text && Ids.IsId(text) ? text : null;
                problems.Add(origin.Problem(problem.Kind, CatalogEntryKind.Film, id, new FieldPlace(field.Name, problem.Item), problem.Message));
            }
        }

        // Composer records cite the sources of the films that credit them: those that are URLs (the rest are the
        // film's problems, reported at its sources cell).
        foreach (var id in named)
        {
            foreach (var source in entry.Sources)
            {
                if (EntryCheck.IsHttpUrl(source))
                {
                    composers[id].Sources.Add(source);
                }
            }
        }

        builder.Add(entry, origin, wrong);
    }

    private TextProblem? ReadCredits(string cell, FilmEntry entry, int row, List<string> named)
    {
        if (Items(cell, 3, 3, "\"id | role | name\"", out var problem) is not { } items)
        {
            return problem;
        }

        var credits = new CreditEntry[items.Count];
        for (var i = 0; i < credits.Length; i++)
        {
            if (!DataNames.TryParse(items[i][1], out ComposerRole role))
            {
                return new(CatalogProblemKind.InvalidValue, $"expected a role of {Vocabulary.Roles}; found the string {Quote.Of(items[i][1])}", i);
            }

            credits[i] = new CreditEntry(items[i][0], role);
            if (Remember(composers, items[i][0], items[i][2], composer: null, row, FilmCsvLayout.Composers, "composer", i, named) is { } conflict)
            {
                return conflict;
            }
        }

        entry._composers = ReadOnly.Wrap(credits);
        return null;
    }

    private TextProblem? ReadStudios(string cell, FilmEntry entry, int row)
    {
        if (Items(cell, 2, 2, "\"id | name\"", out var problem) is not { } items)
        {
            return problem;
        }

        var ids = new string[items.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = items[i][0];
            if (Remember(studios, items[i][0], items[i][1], composer: null, row, FilmCsvLayout.Studios, "studio", i, named: null) is { } conflict)
            {
                return conflict;
            }
        }

        entry._studios = ReadOnly.Wrap(ids);
        return null;
    }

    private TextProblem? ReadPeople(string cell, FilmEntry entry, int row)
    {
        if (Items(cell, 5, int.MaxValue, "\"id | role | name | character | for-id | source | ...\"", out var problem) is not { } items)
        {
            return problem;
        }

        var credits = new PersonCreditEntry[items.Count];
        for (var i = 0; i < credits.Length; i++)
        {
            var parts = items[i];
            if (!DataNames.TryParse(parts[1], out PersonRole role))
            {
                return new(CatalogProblemKind.InvalidValue, $"expected a role of {Vocabulary.PersonRoles}; found the string {Quote.Of(parts[1])}", i);
            }

            var sources = new string[parts.Length - 5];
            Array.Copy(parts, 5, sources, 0, sources.Length);
            credits[i] = new PersonCreditEntry(parts[0], role, parts[3].Length == 0 ? null : parts[3], parts[4].Length == 0 ? null : parts[4], sources);
            if (Remember(people, parts[0], parts[2], composer: null, row, FilmCsvLayout.Credits, "person", i, named: null) is { } conflict)
            {
                return conflict;
            }
        }

        entry._credits = ReadOnly.Wrap(credits);
        return null;
    }

    private TextProblem? ReadWorks(string cell, FilmEntry entry, int row, List<string> named)
    {
        if (Items(cell, 4, 4, "\"id | title | composer-id | composer name\"", out var problem) is not { } items)
        {
            return problem;
        }

        var ids = new string[items.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = items[i][0];
            if ((Remember(works, items[i][0], items[i][1], items[i][2], row, FilmCsvLayout.Works, "work", i, named: null)
                ?? Remember(composers, items[i][2], items[i][3], composer: null, row, FilmCsvLayout.Works, "composer", i, named)) is { } conflict)
            {
                return conflict;
            }
        }

        entry._works = ReadOnly.Wrap(ids);
        return null;
    }

    private static List<string[]>? Items(string cell, int minParts, int maxParts, string expected, out TextProblem? problem)
    {
        var items = FlatText.Split(cell, out var message);
        if (items is null)
        {
            problem = new(CatalogProblemKind.Syntax, message!);
            return null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length < minParts || items[i].Length > maxParts)
            {
                problem = new(CatalogProblemKind.InvalidValue, $"expected {expected}, found {Quote.Of(string.Join(FlatText.PartSeparator, items[i]))}", i);
                return null;
            }
        }

        problem = null;
        return items;
    }

    /// <summary>
    /// Keeps the first row's record of a composer, person, studio or work, with the column that named it; a later row that names it
    /// otherwise is a problem. An id that is not well formed makes no record: the film's own check reports it.
    /// </summary>
    private static TextProblem? Remember(Dictionary<string, Named> records, string id, string name, string? composer, int row, Field<FilmEntry> column, string what, int item, List<string>? named)
    {
        if (!Ids.IsId(id))
        {
            return null;
        }

        named?.Add(id);
        if (!records.TryGetValue(id, out var known))
        {
            records[id] = new Named(name, composer, row, FilmCsvLayout.ColumnOf(column.Name));
            return null;
        }

        if (known.Name == name && known.Composer == composer)
        {
            return null;
        }

        var by = composer is null ? "" : $" by {Quote.Of(known.Composer ?? "")}";
        var otherBy = composer is null ? "" : $" by {Quote.Of(composer)}";
        return new(CatalogProblemKind.InvalidValue, $"{what} {Quote.Of(id)} is {Quote.Of(known.Name)}{by} in row {known.Row}, not {Quote.Of(name)}{otherBy}", item);
    }

    /// <summary>A composer or work as the CSV names it: its name or title, a work's composer, and the first row and column that name it.</summary>
    private sealed class Named(string name, string? composer, int row, string column)
    {
        public string Name { get; } = name;

        public string? Composer { get; } = composer;

        public int Row { get; } = row;

        public string Column { get; } = column;

        public List<string> Sources { get; } = [];

        public List<string> DistinctSources()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var distinct = new List<string>();
            foreach (var source in Sources)
            {
                if (seen.Add(source))
                {
                    distinct.Add(source);
                }
            }

            return distinct;
        }
    }
}
