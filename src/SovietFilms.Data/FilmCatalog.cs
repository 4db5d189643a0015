using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SovietFilms.Data.Building;
using SovietFilms.Data.Format;
using SovietFilms.Data.Indexing;
using SovietFilms.Data.Reading;
using SovietFilms.Data.Search;
using SovietFilms.Data.Writing;

namespace SovietFilms.Data;

/// <summary>
/// A catalogue of films with their composers, works and curated selections: immutable, with its indexes built
/// once when it is created. <see cref="Default"/> is the catalogue embedded in this package;
/// <see cref="Load(Stream)"/> reads one in the same format from anywhere else.
/// </summary>
/// <remarks>
/// A catalogue is thread-safe: it never changes after creation, so any number of threads may query it at once.
/// </remarks>
public sealed class FilmCatalog
{
    // data/catalog.json, checked and compiled by the build (src/SovietFilms.Data.Compiler).

    // Lazy rather than a static initializer: loading happens on first use of Default only, never as a
    // side effect of touching this type, and a failure is rethrown as itself, not as a TypeInitializationException.
    private static readonly Lazy<FilmCatalog> DefaultCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Film> filmsById;
    private readonly Dictionary<string, Selection> selectionsById;
    private readonly Dictionary<string, Studio> studiosById;
    private readonly Lazy<CatalogSearch> search;
    private readonly Lazy<NameIndex<Work>> workNames;
    private readonly Lazy<PersonNameIndex<Composer>> composerNames;
    private readonly Lazy<PersonNameIndex<Person>> personNames;
    private readonly Lazy<NameIndex<Studio>> studioNames;

    // composerKeys: the keys of the composer name index, where they were made before (the compiled catalogue's);
    // otherwise null, and the index makes them from the names on first use.
    // replaced and takenIn: see Replaced and TakenIn.
    internal FilmCatalog(
        string dataVersion,
        Film[] films,
        Composer[] composers,
        Person[] people,
        Studio[] studios,
        Work[] works,
        Selection[] selections,
        Func<IReadOnlyList<Composer>, NameKeys<Composer>>? composerKeys,
        CatalogEntryReference[]? replaced,
        HashSet<CatalogEntryReference>? takenIn)
    {
        Replaced = replaced is { Length: > 0 } ? ReadOnly.Wrap(replaced) : NoneReplaced;
        TakenIn = takenIn ?? NoneTakenIn;
        var ordered = films;
        Array.Sort(ordered, FilmOrder.Instance);
        DataVersion = dataVersion;
        Films = ReadOnly.Wrap(ordered);
        Composers = ReadOnly.Wrap(composers);
        People = ReadOnly.Wrap(people);
        Studios = ReadOnly.Wrap(studios);
        Works = ReadOnly.Wrap(works);
        Selections = ReadOnly.Wrap(selections);
        Index = new FilmIndex(ordered);
        // Built on first use: most programs never search or look up a name, and loading should not pay for it.
        composerNames = new(
            () => composerKeys is null ? new PersonNameIndex<Composer>(Composers, c => c.Id, EntryNames.Of) : new PersonNameIndex<Composer>(Composers, c => c.Id, composerKeys(Composers)),
            LazyThreadSafetyMode.ExecutionAndPublication);
        personNames = new(() => new PersonNameIndex<Person>([.. People, .. Composers], p => p.Id, EntryNames.Of), LazyThreadSafetyMode.ExecutionAndPublication);
        studioNames = new(() => new NameIndex<Studio>(Studios, EntryNames.Primary), LazyThreadSafetyMode.ExecutionAndPublication);
        workNames = new(() => new NameIndex<Work>(Works, EntryNames.Primary), LazyThreadSafetyMode.ExecutionAndPublication);
        search = new(() => new CatalogSearch(ordered, Composers, People, Studios, ComposerNames, PersonNames, Index), LazyThreadSafetyMode.ExecutionAndPublication);
        filmsById = new Dictionary<string, Film>(ordered.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var film in ordered)
        {
            filmsById.Add(film.Id, film);
        }

        studiosById = new Dictionary<string, Studio>(Studios.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var studio in Studios)
        {
            studiosById.Add(studio.Id, studio);
        }

        selectionsById = new Dictionary<string, Selection>(Selections.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var selection in Selections)
        {
            selectionsById.Add(selection.Id, selection);
        }
    }

    /// <summary>
    /// The catalogue embedded in this package. It is loaded on first use, once, whatever the number of threads
    /// asking; every later call returns the same instance.
    /// </summary>
    /// <exception cref="InvalidDataException">The embedded catalogue is damaged (a packaging error; the package's tests load it).</exception>
    /// <exception cref="InvalidOperationException">The embedded catalogue is missing from the assembly (a packaging error).</exception>
    public static FilmCatalog Default => DefaultCatalog.Value;

    /// <summary>The version of the data, such as <c>2026.11.0</c>: year, month, and a revision within the month.</summary>
    public string DataVersion { get; }

    /// <summary>Every film, ordered by year (entries without a year last), then title.</summary>
    public IReadOnlyList<Film> Films { get; }

    /// <summary>Every composer, in the order of the data file.</summary>
    public IReadOnlyList<Composer> Composers { get; }

    /// <summary>Every person who is not a composer (directors, performers, conductors...), in the order of the data file; <see cref="FindPerson"/> finds composers too.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Every studio, in the order of the data file.</summary>
    public IReadOnlyList<Studio> Studios { get; }

    /// <summary>Every featured musical work, in the order of the data file.</summary>
    public IReadOnlyList<Work> Works { get; }

    /// <summary>The curated selections, in the order of the data file; the curator's ten films come first.</summary>
    public IReadOnlyList<Selection> Selections { get; }

    internal FilmIndex Index { get; }

    /// <summary>
    /// Makes a catalogue of some of this catalogue's films: those films, the composers, people, studios and works they reference,
    /// and the curated selections trimmed to them (a selection left with no film is dropped). Useful to export
    /// part of a catalogue with <see cref="WriteJson"/>, such as the results of a <see cref="Query"/>.
    /// </summary>
    /// <param name="films">Films of this catalogue; duplicates are ignored.</param>
    /// <returns>A new catalogue with the same data version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="films"/> is <see langword="null"/>, or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A film does not belong to this catalogue; the message names it.</exception>
    public FilmCatalog Subset(IEnumerable<Film> films)
    {
        if (films is null)
        {
            throw new ArgumentNullException(nameof(films));
        }

        var kept = new HashSet<Film>();
        foreach (var film in films)
        {
            if (film is null)
            {
                throw new ArgumentNullException(nameof(films), "The films hold null.");
            }

            RequireOwn(film, nameof(films));
            kept.Add(film);
        }

        // Sets of what the kept films use, so trimming stays linear in the size of the catalogue.
        var usedWorks = new HashSet<Work>();
        var usedComposers = new HashSet<Composer>();
        var usedPeople = new HashSet<Person>();
        var usedStudios = new HashSet<Studio>();
        foreach (var film in kept)
        {
            foreach (var credit in film.Credits)
            {
                AddPerson(credit.Person);
                if (credit.For is { } performer)
                {
                    AddPerson(performer);
                }
            }

            usedStudios.UnionWith(film.Studios);
            foreach (var credit in film.Composers)
            {
                usedComposers.Add(credit.Composer);
            }

            foreach (var work in film.FeaturedWorks)
            {
                usedWorks.Add(work);
                usedComposers.Add(work.Composer);
            }
        }

        // The kept records themselves go into the new catalogue, so its films are this catalogue's objects.
        var builder = Rebuilding(DataVersion);
        AddWhere(Composers, usedComposers.Contains, builder.Add);
        AddWhere(People, usedPeople.Contains, builder.Add);
        AddWhere(Studios, usedStudios.Contains, builder.Add);
        AddWhere(Works, usedWorks.Contains, builder.Add);
        AddWhere(Films, kept.Contains, builder.Add);
        foreach (var selection in Selections)
        {
            var selected = new List<string>();
            foreach (var film in selection.Films)
            {
                if (kept.Contains(film))
                {
                    selected.Add(film.Id);
                }
            }

            if (selected.Count == selection.Films.Count)
            {
                builder.Add(selection);
            }
            else if (selected.Count > 0)
            {
                builder.AddChecked(selection.Entry with { Films = selected });
            }
        }

        return builder.BuildCombined(replaced: null, TakenIn);

        void AddPerson(Person person)
        {
            if (person is Composer composer)
            {
                usedComposers.Add(composer);
            }
            else
            {
                usedPeople.Add(person);
            }
        }
    }

    /// <summary>Refuses a film that is not this catalogue's own object: indexes and references would not hold for it.</summary>
    private void RequireOwn(Film film, string parameterName)
    {
        if (!filmsById.TryGetValue(film.Id, out var own) || !ReferenceEquals(own, film))
        {
            throw new ArgumentException($"The film \"{film.Id}\" does not belong to this catalogue (data version {DataVersion}).", parameterName);
        }
    }

    internal PersonNameIndex<Composer> ComposerNames => composerNames.Value;

    internal PersonNameIndex<Person> PersonNames => personNames.Value;

    internal NameIndex<Studio> StudioNames => studioNames.Value;

    internal NameIndex<Work> WorkNames => workNames.Value;

    /// <summary>
    /// Reads a catalogue in the JSON format of the embedded one (documented in the repository's
    /// <c>data/README.md</c>), checks it, and builds its indexes. The stream is read to its end and not closed.
    /// </summary>
    /// <param name="stream">UTF-8 JSON, with or without a byte order mark.</param>
    /// <returns>The catalogue, fully built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="CatalogFormatException">
    /// The content is not a valid catalogue. The exception lists every problem found, each with its place.
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static FilmCatalog Load(Stream stream) => Load(stream, CatalogLoadOptions.Default);

    /// <summary>
    /// Reads a catalogue as <see cref="Load(Stream)"/> does, with <paramref name="options"/>: going past
    /// one is a <see cref="CatalogFormatException"/> that names the bound, never an out-of-memory or a stack overflow.
    /// </summary>
    /// <param name="stream">UTF-8 JSON, with or without a byte order mark.</param>
    /// <param name="options">The bounds on input size, nesting depth, string length and list length, and the catalogue ids may refer to.</param>
    /// <returns>The catalogue, fully built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="CatalogFormatException">
    /// The content is not a valid catalogue, or goes past a bound. The exception lists every problem found, each with its place.
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static FilmCatalog Load(Stream stream, CatalogLoadOptions options)
    {
        CheckLoadArguments(stream, options);
        var problems = new ProblemList();
        return Built(CatalogReader.Read(stream, options, problems), problems);
    }

    /// <summary>
    /// Reads a catalogue as <see cref="Load(Stream)"/> does, with asynchronous reads only: for a stream that forbids
    /// synchronous I/O, such as an ASP.NET Core request body. The stream is read to its end and not closed.
    /// </summary>
    /// <param name="stream">UTF-8 JSON, with or without a byte order mark.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalogue, fully built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="CatalogFormatException">
    /// The content is not a valid catalogue. The exception lists every problem found, each with its place.
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<FilmCatalog> LoadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        LoadAsync(stream, CatalogLoadOptions.Default, cancellationToken);

    /// <summary>Reads a catalogue as <see cref="Load(Stream, CatalogLoadOptions)"/> does, with asynchronous reads only (see <see cref="LoadAsync(Stream, CancellationToken)"/>).</summary>
    /// <param name="stream">UTF-8 JSON, with or without a byte order mark.</param>
    /// <param name="options">The bounds on input size, nesting depth, string length and list length, and the catalogue ids may refer to.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalogue, fully built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="CatalogFormatException">
    /// The content is not a valid catalogue, or goes past a bound. The exception lists every problem found, each with its place.
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<FilmCatalog> LoadAsync(Stream stream, CatalogLoadOptions options, CancellationToken cancellationToken = default)
    {
        // Checked before the first await, so that a wrong argument throws at the call, not from the task.
        CheckLoadArguments(stream, options);
        return LoadCheckedAsync(stream, options, cancellationToken);

        static async Task<FilmCatalog> LoadCheckedAsync(Stream stream, CatalogLoadOptions options, CancellationToken cancellationToken)
        {
            var problems = new ProblemList();
            return Built(await CatalogReader.ReadAsync(stream, options, problems, cancellationToken).ConfigureAwait(false), problems);
        }
    }

    private static void CheckLoadArguments(Stream stream, CatalogLoadOptions options)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }
    }

    private static FilmCatalog Built(FilmCatalogBuilder? read, ProblemList problems)
    {
        read?.Check(problems);
        problems.ThrowIfAny();
        return read!.Create();
    }

    /// <summary>
    /// Writes this catalogue as UTF-8 JSON in the format of the embedded one (<c>data/catalog.json</c>), indented: what
    /// it writes loads back through <see cref="Load(Stream)"/> into an equal catalogue. The stream is not closed.
    /// Indented JSON is about 1.6 times the size of compact JSON, so a catalogue written larger than
    /// <see cref="CatalogLoadOptions.MaxBytes"/> (64 MiB by default) loads back only with that bound raised.
    /// </summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public void WriteJson(Stream stream)
    {
        CheckWritable(stream);
        CatalogWriter.Write(this, stream);
    }

    /// <summary>
    /// Writes this catalogue as <see cref="WriteJson(Stream)"/> does, with asynchronous writes and flushes only: for a
    /// stream that forbids synchronous I/O, such as an ASP.NET Core response body. The stream is not closed.
    /// </summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the writing; what was written by then stays written.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public Task WriteJsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        CheckWritable(stream);
        return CatalogWriter.WriteAsync(this, stream, cancellationToken);
    }

    private static void CheckWritable(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }
    }

    /// <summary>
    /// Makes a new catalogue of this one's entries and <paramref name="extra"/>'s, such as your own films over
    /// <see cref="Default"/>. Neither catalogue changes. A composer, person, studio or work both define is kept once, and
    /// must be the same record in both (the very object, as a catalogue loaded with <see cref="CatalogLoadOptions.References"/>
    /// holds; or the same name, and no life year that differs; or the same title and composer), and the record of this
    /// catalogue is kept; films and selections may not share ids. To correct entries of this catalogue, use
    /// <see cref="With(FilmCatalog, bool)"/>.
    /// The new data version is this one's and the extra one's joined by <c>+</c>, however long that makes it.
    /// Each call costs time in proportion to both catalogues, so chaining many small overlays one by one costs their
    /// number times the final size (2,000 one-film overlays: about 6 s); join them in one file first where you can.
    /// </summary>
    /// <param name="extra">The catalogue to add, loaded with <see cref="Load(Stream, CatalogLoadOptions)"/> or made by <see cref="Subset"/>.</param>
    /// <returns>The combined catalogue, with its own indexes; its <see cref="Replaced"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extra"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Ids clash; the message names every clashing id.</exception>
    public FilmCatalog With(FilmCatalog extra) => With(extra, replace: false);

    /// <summary>
    /// Makes a new catalogue of this one's entries and <paramref name="extra"/>'s, as <see cref="With(FilmCatalog)"/>
    /// does; with <paramref name="replace"/>, each entry of <paramref name="extra"/> whose id an entry of the same kind
    /// here has replaces that entry, and the result's <see cref="Replaced"/> names every one replaced. Records
    /// <paramref name="extra"/> took from this catalogue by reference (<see cref="CatalogLoadOptions.References"/>) are this
    /// catalogue's own and replace nothing. Films and selections here that use a replaced entry use its replacement, by id.
    /// </summary>
    /// <param name="extra">The catalogue to add, loaded with <see cref="Load(Stream, CatalogLoadOptions)"/> or made by <see cref="Subset"/>.</param>
    /// <param name="replace">Whether entries of <paramref name="extra"/> replace entries of this catalogue with their ids; if not, such ids clash.</param>
    /// <returns>The combined catalogue, with its own indexes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extra"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// Ids clash (without <paramref name="replace"/>; or, even with it, one id for a person in one catalogue and a
    /// composer in the other); the message names every clashing id.
    /// </exception>
    public FilmCatalog With(FilmCatalog extra, bool replace)
    {
        if (extra is null)
        {
            throw new ArgumentNullException(nameof(extra));
        }

        var clashes = new List<string>();
        var replaced = new List<CatalogEntryReference>();
        var takenIn = new HashSet<CatalogEntryReference>(TakenIn);

        // This catalogue's records in their order, each replacement in the place of the record it replaces, then
        // extra's new ones. A record extra took in by reference, or this very object, is this catalogue's own (a
        // film or selection given twice is a clash: the same overlay added again is a mistake).
        List<T> Merged<T>(IReadOnlyList<T> ours, IReadOnlyList<T> theirs, Func<T, string> id, Func<T, string> name, CatalogEntryKind kind, Func<T, T, bool>? sameRecord)
            where T : class
        {
            var byId = ours.ToDictionary(id, StringComparer.Ordinal);
            var replacements = new Dictionary<string, T>(StringComparer.Ordinal);
            var added = new List<T>();
            foreach (var record in theirs)
            {
                var key = id(record);
                var reference = new CatalogEntryReference(kind, key);
                if (!byId.TryGetValue(key, out var own))
                {
                    added.Add(record);
                    if (extra.TakenIn.Contains(reference))
                    {
                        takenIn.Add(reference);
                    }
                }
                else if ((sameRecord is not null && ReferenceEquals(own, record)) || extra.TakenIn.Contains(reference))
                {
                    continue;
                }
                else if (replace)
                {
                    replacements.Add(key, record);
                    replaced.Add(reference);
                    takenIn.Remove(reference);
                }
                else if (sameRecord is null || !sameRecord(own, record))
                {
                    clashes.Add($"{reference} ({Quote.Of(name(own))} here, {Quote.Of(name(record))} in the other)");
                }
            }

            var merged = new List<T>(ours.Count + added.Count);
            merged.AddRange(ours.Select(own => replacements.TryGetValue(id(own), out var replacement) ? replacement : own));
            merged.AddRange(added);
            return merged;
        }

        var composers = Merged(Composers, extra.Composers, c => c.Id, c => c.Name, CatalogEntryKind.Composer, SamePerson);
        var people = Merged(People, extra.People, p => p.Id, p => p.Name, CatalogEntryKind.Person, SamePerson);
        var studios = Merged(Studios, extra.Studios, s => s.Id, s => s.Name, CatalogEntryKind.Studio, (a, b) => a.Name == b.Name && a.City == b.City && Equals(a.Country, b.Country));
        var works = Merged(Works, extra.Works, w => w.Id, w => w.Title, CatalogEntryKind.Work, (a, b) => a.Title == b.Title && a.Composer.Id == b.Composer.Id);
        var films = Merged(Films, extra.Films, f => f.Id, f => f.Title, CatalogEntryKind.Film, sameRecord: null);
        var selections = Merged(Selections, extra.Selections, s => s.Id, s => s.Title, CatalogEntryKind.Selection, sameRecord: null);

        // People and composers share one space of ids, across the two catalogues too.
        var composerIds = new HashSet<string>(Composers.Select(c => c.Id), StringComparer.Ordinal);
        var personIds = new HashSet<string>(People.Select(p => p.Id), StringComparer.Ordinal);
        clashes.AddRange(extra.People.Where(p => composerIds.Contains(p.Id)).Select(p => $"person {Quote.Of(p.Id)} (a composer here)"));
        clashes.AddRange(extra.Composers.Where(c => personIds.Contains(c.Id)).Select(c => $"composer {Quote.Of(c.Id)} (a person here)"));
        if (clashes.Count > 0)
        {
            throw new ArgumentException(
                $"The catalogues clash (data versions {DataVersion} and {extra.DataVersion}): {string.Join("; ", clashes)}.", nameof(extra));
        }

        // The records of both go through the one builder every catalogue does; each film stays its object unless
        // an entry it uses is now another record.
        var builder = Rebuilding($"{DataVersion}+{extra.DataVersion}");
        composers.ForEach(builder.Add);
        people.ForEach(builder.Add);
        studios.ForEach(builder.Add);
        works.ForEach(builder.Add);
        films.ForEach(builder.Add);
        selections.ForEach(builder.Add);
        return builder.BuildCombined([.. replaced], takenIn);
    }

    /// <summary>
    /// The entries of the catalogue this one was made over that <see cref="With(FilmCatalog, bool)"/> replaced, in the
    /// order of the kinds (composers, people, studios, works, films, selections) and then of the other catalogue;
    /// empty for a catalogue made any other way.
    /// </summary>
    public IReadOnlyList<CatalogEntryReference> Replaced { get; }

    /// <summary>
    /// The entries this catalogue took in from the one it was loaded or built with as <see cref="CatalogLoadOptions.References"/>:
    /// <see cref="With(FilmCatalog, bool)"/> resolves them to its own records by id, whatever object they are.
    /// </summary>
    internal HashSet<CatalogEntryReference> TakenIn { get; }

    // Shared by every catalogue with nothing replaced or taken in (the embedded one among them); never changed.
    private static readonly IReadOnlyList<CatalogEntryReference> NoneReplaced = ReadOnly.Wrap(Array.Empty<CatalogEntryReference>());
    private static readonly HashSet<CatalogEntryReference> NoneTakenIn = [];

    /// <summary>A builder for records already checked: their data versions were checked too, and a joined one may be longer.</summary>
    private static FilmCatalogBuilder Rebuilding(string dataVersion) =>
        new(dataVersion, CatalogLoadOptions.Default, CodeOrigin.Root, checkDataVersion: false);

    private static void AddWhere<T>(IReadOnlyList<T> records, Func<T, bool> keep, Action<T> add)
    {
        foreach (var record in records)
        {
            if (keep(record))
            {
                add(record);
            }
        }
    }

    private static bool SamePerson(Person a, Person b) => a.Name == b.Name && !Differ(a.BirthYear, b.BirthYear) && !Differ(a.DeathYear, b.DeathYear);

    private static bool Differ(int? year, int? other) => year is not null && other is not null && year != other;

    /// <summary>Starts a query over every film of this catalogue.</summary>
    /// <returns>A query with no conditions; add them with its methods.</returns>
    public FilmQuery Query() => new(this);

    /// <summary>
    /// Searches films and composers by name or title, tolerating typing errors, and ranks what it finds:
    /// exact matches (id, name or title, native name or original title, a composer's surname), then aliases and
    /// alternate titles, then prefixes, then substrings, then near misses (a small edit distance, so
    /// "Tchaikovksy" and "Shostakovitch" still find their composer). Ties go to composers before films, then to
    /// the entry credited in more films, then by name and id, so the order is stable.
    /// </summary>
    /// <param name="text">What to look for; case, accents and punctuation are ignored. Blank text, or only
    /// articles and conjunctions ("the", "of"), finds nothing.</param>
    /// <param name="max">The most hits to return; at least 1.</param>
    /// <returns>The best hits first, at most <paramref name="max"/>; a list that cannot be changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public IReadOnlyList<SearchHit> Search(string text, int max = 10)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "At least one hit must be allowed.");
        }

        return search.Value.Search(text, max);
    }

    /// <summary>
    /// Ranks the other films of this catalogue by what they share with <paramref name="film"/>: the same works,
    /// composers (in any role), directors and themes, and, beside any of those, the same decade. Each result lists
    /// what is shared. A film that shares nothing is not related.
    /// </summary>
    /// <param name="film">A film of this catalogue.</param>
    /// <param name="max">The most films to return; at least 1.</param>
    /// <returns>The closest first (ties in catalogue order: year, then title); a list that cannot be changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="film"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="film"/> does not belong to this catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public IReadOnlyList<RelatedFilm> Related(Film film, int max = 5)
    {
        if (film is null)
        {
            throw new ArgumentNullException(nameof(film));
        }

        RequireOwn(film, nameof(film));
        if (max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "At least one film must be allowed.");
        }

        return RelatedFilms.Find(film, Films, Index, max);
    }

    /// <summary>Finds a film by its id, ignoring case.</summary>
    /// <param name="id">The film's id, such as <c>tchaikovsky-1970</c>.</param>
    /// <returns>The film, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Film? FindFilm(string id) =>
        filmsById.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var film) ? film : null;

    /// <summary>Gets a film by its id, ignoring case.</summary>
    /// <param name="id">The film's id, such as <c>tchaikovsky-1970</c>.</param>
    /// <returns>The film.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No film has that id; the message names the data version.</exception>
    public Film GetFilm(string id) =>
        FindFilm(id) ?? throw new KeyNotFoundException($"No film has the id {Quote.Of(id)} in the catalogue (data version {DataVersion}).");

    /// <summary>
    /// The composers a name may mean, as people type it: the id; the full name, an alias or the native name, or a
    /// common romanization of a Cyrillic one (English, BGN/PCGN, scholarly, German, French); or the surname, alone or
    /// with given names or initials in either order. Case, accents, punctuation and the usual spelling variants
    /// (<c>tch</c>/<c>ch</c>, <c>w</c>/<c>v</c>, <c>y</c>/<c>i</c>/<c>j</c>, a final <c>ff</c>/<c>v</c>) do not matter:
    /// <c>Чайковский</c>, <c>Tschaikowsky</c>, <c>Chaykovskiy</c>, <c>P. I. Tchaikovsky</c> and <c>Tchaikovsky Pyotr</c>
    /// find the same composer.
    /// </summary>
    /// <param name="name">The id or any accepted form of the name.</param>
    /// <returns>
    /// One composer; several, when they share the name (a surname such as <c>Strauss</c>); or none, when no composer
    /// has it. So a caller can tell "no such composer" from "no films of this composer".
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Composer> FindComposers(string name) =>
        ReadOnly.Copy(ComposerNames.Resolve(name ?? throw new ArgumentNullException(nameof(name))));

    /// <summary>Finds the one composer a name means, by any form that <see cref="FindComposers"/> accepts.</summary>
    /// <param name="nameOrId">The id or any accepted form of the name.</param>
    /// <returns>The composer, or <see langword="null"/> when no composer, or more than one, has that name (<see cref="FindComposers"/> tells which).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    public Composer? FindComposer(string nameOrId)
    {
        var found = ComposerNames.Resolve(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId)));
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Gets the one composer a name means, by any form that <see cref="FindComposers"/> accepts.</summary>
    /// <param name="nameOrId">The id or any accepted form of the name.</param>
    /// <returns>The composer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">
    /// No composer has that name, or several do (the message names them); the message names the data version.
    /// </exception>
    public Composer GetComposer(string nameOrId) =>
        One(ComposerNames.Resolve(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId))), "composer", nameOrId);

    /// <summary>
    /// The people a name may mean, composers included, by the forms <see cref="FindComposers"/> accepts: the id, a
    /// whole name, alias or native name or a romanization of it, or the surname with given names or initials in
    /// either order. <c>Уланова</c>, <c>Galina Ulanova</c>, <c>G. Ulanova</c> and <c>Ulanova</c> find the same person.
    /// </summary>
    /// <param name="name">The id or any accepted form of the name.</param>
    /// <returns>One person; several, when they share the name (a surname such as <c>Solomin</c>); or none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Person> FindPeople(string name) =>
        ReadOnly.Copy(PersonNames.Resolve(name ?? throw new ArgumentNullException(nameof(name))));

    /// <summary>Finds the one person (a composer included) a name means, by any form that <see cref="FindPeople"/> accepts.</summary>
    /// <param name="nameOrId">The id or any accepted form of the name.</param>
    /// <returns>The person, or <see langword="null"/> when no person, or more than one, has that name (<see cref="FindPeople"/> tells which).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    public Person? FindPerson(string nameOrId)
    {
        var found = PersonNames.Resolve(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId)));
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Gets the one person (a composer included) a name means, by any form that <see cref="FindPeople"/> accepts.</summary>
    /// <param name="nameOrId">The id or any accepted form of the name.</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">
    /// No person has that name, or several do (the message names them); the message names the data version.
    /// </exception>
    public Person GetPerson(string nameOrId) =>
        One(PersonNames.Resolve(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId))), "person", nameOrId);

    /// <summary>Finds a studio by its id, name, native name or another of its names, ignoring case, accents and punctuation.</summary>
    /// <param name="nameOrId">The id or a name, such as <c>mosfilm</c> or <c>Мосфильм</c>.</param>
    /// <returns>The studio, or <see langword="null"/> when no studio, or more than one, has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    public Studio? FindStudio(string nameOrId)
    {
        var found = ResolveStudios(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId)));
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Gets a studio by any name <see cref="FindStudio"/> accepts.</summary>
    /// <param name="nameOrId">The id or a name.</param>
    /// <returns>The studio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No studio has that name, or several do (the message names them); the message names the data version.</exception>
    public Studio GetStudio(string nameOrId) =>
        One(ResolveStudios(nameOrId ?? throw new ArgumentNullException(nameof(nameOrId))), "studio", nameOrId);

    /// <summary>The studios a text names: the one with that id, as for people, or else those with that name.</summary>
    internal IReadOnlyList<Studio> ResolveStudios(string nameOrId) =>
        studiosById.TryGetValue(nameOrId.Trim(), out var byId) ? [byId] : StudioNames.ResolveNormalized(NameNormalizer.Normalize(nameOrId));

    private T One<T>(IReadOnlyList<T> found, string what, string nameOrId)
        where T : class => found.Count switch
        {
            1 => found[0],
            0 => throw new KeyNotFoundException($"No {what} is named {Quote.Of(nameOrId)} in the catalogue (data version {DataVersion})."),
            _ => throw new KeyNotFoundException(
                $"{Quote.Of(nameOrId)} names {found.Count} {(what == "person" ? "people" : what + "s")} in the catalogue (data version {DataVersion}): "
                + string.Join(", ", found.Take(5).Select(Describe)) + (found.Count > 5 ? $" and {found.Count - 5} more" : "") + "; use a full name or id."),
        };

    private static string Describe<T>(T entry) => entry switch
    {
        Person person => $"{Quote.Cut(person.Name)} ({person.Id})",
        Studio studio => $"{Quote.Cut(studio.Name)} ({studio.Id})",
        _ => entry!.ToString()!,
    };

    /// <summary>Finds a curated selection by its id, ignoring case.</summary>
    /// <param name="id">The selection's id, such as <c>classical-music-in-soviet-cinema</c>.</param>
    /// <returns>The selection, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Selection? FindSelection(string id) =>
        selectionsById.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var selection) ? selection : null;

    /// <summary>Gets a curated selection by its id, ignoring case.</summary>
    /// <param name="id">The selection's id.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No selection has that id; the message names the data version.</exception>
    public Selection GetSelection(string id) =>
        FindSelection(id) ?? throw new KeyNotFoundException($"No selection has the id {Quote.Of(id)} in the catalogue (data version {DataVersion}).");

    private static FilmCatalog LoadEmbedded() => CompiledCatalog.Decode(EmbeddedCatalog.Bytes);
}
