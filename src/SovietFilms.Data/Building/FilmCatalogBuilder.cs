using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Building;
using SovietFilms.Data.Format;

namespace SovietFilms.Data;

/// <summary>
/// Builds a <see cref="FilmCatalog"/> from entries: the one way every catalogue is made, whether its entries come
/// from the embedded data, a JSON or CSV file, or code. <see cref="Build"/> checks every entry against the format's
/// rules (documented in the repository's <c>data/README.md</c>): ids, required values and their forms, references
/// between entries, the vocabulary, the verification policy and the bounds of <see cref="CatalogLoadOptions"/>, and
/// reports every problem at once, each placed by its entry's position in the builder.
/// </summary>
/// <remarks>Not thread-safe while entries are added; <see cref="Build"/> leaves the builder as it was, so it may be called again.</remarks>
/// <example>
/// <code>
/// var catalog = new FilmCatalogBuilder("my.1")
///     .Add(new ComposerEntry { Id = "tchaikovsky", Name = "Pyotr Ilyich Tchaikovsky", Sources = ["https://en.wikipedia.org/wiki/Pyotr_Ilyich_Tchaikovsky"] })
///     .Add(new FilmEntry
///     {
///         Id = "swan-lake-1957", Title = "Swan Lake", Year = 1957, Kind = FilmKind.Feature, Themes = [Theme.Ballet],
///         Composers = [new CreditEntry("tchaikovsky", ComposerRole.Music)], Summary = "A filmed ballet.",
///         Verification = VerificationStatus.Verified, Sources = ["https://www.imdb.com/title/tt0050952/"],
///     })
///     .Build();
/// </code>
/// </example>
public sealed class FilmCatalogBuilder
{
    private readonly CatalogLoadOptions options;
    private readonly EntryOrigin root;
    private string dataVersion;
    private bool checkDataVersion;
    private readonly List<Pending<ComposerEntry, Composer>> composers = [];
    private readonly List<Pending<PersonEntry, Person>> people = [];
    private readonly List<Pending<StudioEntry, Studio>> studios = [];
    private readonly List<Pending<WorkEntry, Work>> works = [];
    private readonly List<Pending<FilmEntry, Film>> films = [];
    private readonly List<Pending<SelectionEntry, Selection>> selections = [];
    private ReferencedRecords? referencedRecords;

    /// <summary>Starts an empty catalogue with the default bounds.</summary>
    /// <param name="dataVersion">The catalogue's <see cref="FilmCatalog.DataVersion"/>; checked by <see cref="Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataVersion"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder(string dataVersion)
        : this(dataVersion, CatalogLoadOptions.Default)
    {
    }

    /// <summary>
    /// Starts an empty catalogue whose strings and lists <see cref="Build"/> holds to the bounds of <paramref name="options"/>,
    /// and whose entries may use the ids of its <see cref="CatalogLoadOptions.References"/>.
    /// </summary>
    /// <param name="dataVersion">The catalogue's <see cref="FilmCatalog.DataVersion"/>; checked by <see cref="Build"/>.</param>
    /// <param name="options">The bounds on string and list length, and the catalogue ids may refer to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataVersion"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder(string dataVersion, CatalogLoadOptions options)
        : this(dataVersion ?? throw new ArgumentNullException(nameof(dataVersion)), options ?? throw new ArgumentNullException(nameof(options)), CodeOrigin.Root, checkDataVersion: true)
    {
    }

    internal FilmCatalogBuilder(string dataVersion, CatalogLoadOptions options, EntryOrigin root, bool checkDataVersion)
    {
        this.dataVersion = dataVersion;
        this.options = options;
        this.root = root;
        this.checkDataVersion = checkDataVersion;
    }

    /// <summary>Adds a composer.</summary>
    /// <param name="composer">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="composer"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(ComposerEntry composer) =>
        Add(composer ?? throw new ArgumentNullException(nameof(composer)), CodeOrigin.Of(CatalogEntryKind.Composer, composers.Count));

    /// <summary>Adds a person who is not a composer (a composer is credited in films under the composer's id).</summary>
    /// <param name="person">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(PersonEntry person) =>
        Add(person ?? throw new ArgumentNullException(nameof(person)), CodeOrigin.Of(CatalogEntryKind.Person, people.Count));

    /// <summary>Adds a studio.</summary>
    /// <param name="studio">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="studio"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(StudioEntry studio) =>
        Add(studio ?? throw new ArgumentNullException(nameof(studio)), CodeOrigin.Of(CatalogEntryKind.Studio, studios.Count));

    /// <summary>Adds a work.</summary>
    /// <param name="work">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(WorkEntry work) =>
        Add(work ?? throw new ArgumentNullException(nameof(work)), CodeOrigin.Of(CatalogEntryKind.Work, works.Count));

    /// <summary>Adds a film.</summary>
    /// <param name="film">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="film"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(FilmEntry film) =>
        Add(film ?? throw new ArgumentNullException(nameof(film)), CodeOrigin.Of(CatalogEntryKind.Film, films.Count));

    /// <summary>Adds a curated selection.</summary>
    /// <param name="selection">The entry.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selection"/> is <see langword="null"/>.</exception>
    public FilmCatalogBuilder Add(SelectionEntry selection) =>
        Add(selection ?? throw new ArgumentNullException(nameof(selection)), CodeOrigin.Of(CatalogEntryKind.Selection, selections.Count));

    /// <summary>
    /// Checks every entry and builds the catalogue, with its indexes. Each composer, person, studio, work, film and
    /// selection becomes one model object; references by id become references to those objects.
    /// </summary>
    /// <returns>The catalogue.</returns>
    /// <exception cref="CatalogFormatException">Entries break the format's rules; every problem is listed.</exception>
    public FilmCatalog Build() => BuildCombined(replaced: null, takenIn: null);

    // Front ends: each entry with the place it came from, and the mask of its fields not to check: those the front
    // end already found wrong and reported (a list with an item of the wrong type is one; its items' places would
    // no longer match the file), or that were checked when their records were first built.
    internal FilmCatalogBuilder Add(ComposerEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(composers, new(entry, origin, skippedFields, null));

    internal FilmCatalogBuilder Add(PersonEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(people, new(entry, origin, skippedFields, null));

    internal FilmCatalogBuilder Add(StudioEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(studios, new(entry, origin, skippedFields, null));

    internal FilmCatalogBuilder Add(WorkEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(works, new(entry, origin, skippedFields, null));

    internal FilmCatalogBuilder Add(FilmEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(films, new(entry, origin, skippedFields, null));

    internal FilmCatalogBuilder Add(SelectionEntry entry, EntryOrigin origin, ulong skippedFields = 0) => Add(selections, new(entry, origin, skippedFields, null));

    // Model objects of other catalogues (for With and Subset): already checked, so only the rules between entries
    // apply; each is kept as it is where everything it references is kept too.
    internal void Add(Composer composer) => composers.Add(new(composer.Entry, CodeOrigin.Of(CatalogEntryKind.Composer, composers.Count), 0, composer));

    internal void Add(Person person) => people.Add(new(person.PersonEntry!, CodeOrigin.Of(CatalogEntryKind.Person, people.Count), 0, person));

    internal void Add(Studio studio) => studios.Add(new(studio.Entry, CodeOrigin.Of(CatalogEntryKind.Studio, studios.Count), 0, studio));

    internal void Add(Work work) => works.Add(new(work.Entry, CodeOrigin.Of(CatalogEntryKind.Work, works.Count), 0, work));

    internal void Add(Film film) => films.Add(new(film.Entry, CodeOrigin.Of(CatalogEntryKind.Film, films.Count), 0, film));

    internal void Add(Selection selection) => selections.Add(new(selection.Entry, CodeOrigin.Of(CatalogEntryKind.Selection, selections.Count), 0, selection));

    /// <summary>A selection made from one already checked, such as one trimmed to some of its films: its own values need no check.</summary>
    internal void AddChecked(SelectionEntry selection) =>
        selections.Add(new(selection, CodeOrigin.Of(CatalogEntryKind.Selection, selections.Count), ulong.MaxValue, null));

    /// <summary>
    /// Sets the data version that a front end read after the entries (a file may give it anywhere); null when it was
    /// missing or of the wrong type, which the front end reported.
    /// </summary>
    internal void ReadDataVersion(string? version)
    {
        dataVersion = version ?? "";
        checkDataVersion = version is not null;
    }

    /// <summary>Reports every problem of the entries to <paramref name="problems"/>.</summary>
    internal void Check(ProblemList problems)
    {
        if (checkDataVersion)
        {
            new EntryCheck(problems, options, root, kind: null, id: null).Text(dataVersion, TextForm.Text, new FieldPlace(RootFields.DataVersion));
        }

        // First each entry's own values (model objects of other catalogues were checked when they were built),
        // then the rules between entries.
        CheckEach(composers, ComposerFields.Format, e => e._id, CatalogEntryKind.Composer, problems);
        CheckEach(people, PersonFields.Format, e => e._id, CatalogEntryKind.Person, problems);
        CheckEach(studios, StudioFields.Format, e => e._id, CatalogEntryKind.Studio, problems);
        CheckEach(works, WorkFields.Format, e => e._id, CatalogEntryKind.Work, problems);
        CheckEach(films, FilmFields.Format, e => e._id, CatalogEntryKind.Film, problems);
        CheckEach(selections, SelectionFields.Format, e => e._id, CatalogEntryKind.Selection, problems);

        var composerIds = UniqueIds(composers, e => e._id, CatalogEntryKind.Composer);
        var personIds = UniqueIds(people, e => e._id, CatalogEntryKind.Person);
        var studioIds = UniqueIds(studios, e => e._id, CatalogEntryKind.Studio);
        var workIds = UniqueIds(works, e => e._id, CatalogEntryKind.Work);
        var filmIds = UniqueIds(films, e => e._id, CatalogEntryKind.Film);
        UniqueIds(selections, e => e._id, CatalogEntryKind.Selection);
        if (Referenced() is { } referenced)
        {
            // One person, one id, across the two catalogues too: a composer may not take a referenced person's id
            // (the person's case is below, as composers' ids are among composerIds).
            foreach (var composer in composers)
            {
                if (composer.Entry._id is { } id && referenced.People.ContainsKey(id))
                {
                    composer.Check.Problem(CatalogProblemKind.Duplicate, FieldPlace.Entry, $"the composer id {Quote.Of(id)} is a person's in the referenced catalogue; give the composer another id");
                }
            }

            // Ids the entries may use without defining them; Create takes in the records they name.
            composerIds.UnionWith(referenced.Composers.Keys);
            personIds.UnionWith(referenced.People.Keys);
            studioIds.UnionWith(referenced.Studios.Keys);
            workIds.UnionWith(referenced.Works.Keys);
        }

        foreach (var composer in composers)
        {
            var entry = composer.Entry;
            if (entry._born is { } born && entry._died is { } died && died < born)
            {
                composer.Check.Problem(CatalogProblemKind.OutOfRange, new FieldPlace(ComposerFields.Died.Name), $"expected a year not before the birth year {born}, found {died}");
            }
        }

        foreach (var person in people)
        {
            var entry = person.Entry;
            if (entry._born is { } born && entry._died is { } died && died < born)
            {
                person.Check.Problem(CatalogProblemKind.OutOfRange, new FieldPlace(PersonFields.Died.Name), $"expected a year not before the birth year {born}, found {died}");
            }

            if (entry._id is { } id && composerIds.Contains(id))
            {
                // One person, one id: a composer who also performs is credited under the composer's entry.
                person.Check.Problem(CatalogProblemKind.Duplicate, FieldPlace.Entry, $"the person id {Quote.Of(id)} is a composer's id; credit the composer by that id instead of a second entry");
            }
        }

        // A credit may name a composer too: a composer who conducts, plays or appears on screen.
        personIds.UnionWith(composerIds);
        foreach (var work in works)
        {
            if (work.Entry._composer is { } composer && Ids.IsId(composer) && !composerIds.Contains(composer) && !work.IsSkipped(WorkFields.Composer.Bit))
            {
                Unknown(work.Check, composer, new FieldPlace(WorkFields.Composer.Name), CatalogEntryKind.Composer);
            }
        }

        foreach (var film in films)
        {
            CheckFilm(film, composerIds, workIds, personIds, studioIds);
        }

        foreach (var selection in selections)
        {
            if (!selection.IsSkipped(SelectionFields.Films.Bit))
            {
                References(selection.Check, selection.Entry._films, filmIds, SelectionFields.Films.Name, CatalogEntryKind.Film);
            }
        }
    }

    private void CheckEach<TEntry, TModel>(List<Pending<TEntry, TModel>> entries, EntryFormat<TEntry> format, Func<TEntry, string?> id, CatalogEntryKind kind, ProblemList problems)
        where TEntry : class
        where TModel : class
    {
        foreach (var entry in entries)
        {
            entry.Check = new EntryCheck(problems, options, entry.Origin, kind, id(entry.Entry));
            if (entry.Existing is null)
            {
                format.Check(entry.Entry, entry.Check, entry.SkippedFields);
            }
        }
    }

    private void CheckFilm(Pending<FilmEntry, Film> film, HashSet<string> composerIds, HashSet<string> workIds, HashSet<string> personIds, HashSet<string> studioIds)
    {
        var entry = film.Entry;
        var check = film.Check;
        var credits = film.IsSkipped(FilmFields.Composers.Bit) ? [] : entry._composers;
        var seen = new HashSet<(string, ComposerRole)>();
        for (var i = 0; i < credits.Count; i++)
        {
            var composer = credits[i].Composer;
            if (Ids.IsId(composer) && !composerIds.Contains(composer))
            {
                Unknown(check, composer, new FieldPlace(FilmFields.Composers.Name, i, CreditFormat.Id), CatalogEntryKind.Composer);
            }

            if (!seen.Add((composer, credits[i].Role)))
            {
                check.Problem(CatalogProblemKind.Duplicate, new FieldPlace(FilmFields.Composers.Name, i), $"duplicate composer credit {Quote.Of($"{composer} as {credits[i].Role}")}");
            }
        }

        if (!film.IsSkipped(FilmFields.Works.Bit))
        {
            References(check, entry._works, workIds, FilmFields.Works.Name, CatalogEntryKind.Work);
        }

        if (!film.IsSkipped(FilmFields.Studios.Bit))
        {
            References(check, entry._studios, studioIds, FilmFields.Studios.Name, CatalogEntryKind.Studio);
        }

        if (!film.IsSkipped(FilmFields.Credits.Bit))
        {
            CheckCredits(check, entry._credits, personIds);
        }

        var themes = new HashSet<Theme>();
        foreach (var theme in film.IsSkipped(FilmFields.Themes.Bit) ? [] : entry._themes)
        {
            if (!themes.Add(theme))
            {
                check.Problem(CatalogProblemKind.Duplicate, new FieldPlace(FilmFields.Themes.Name), $"duplicate theme \"{theme}\"");
            }
        }

        var verification = entry._verification;
        if (verification == VerificationStatus.Unconfirmed)
        {
            // No matching film was found, so there is no source for people or studios: refuse invented ones.
            RefuseNames(film, FilmFields.Credits, entry._credits.Count);
            RefuseNames(film, FilmFields.Studios, entry._studios.Count);
        }
        else if (verification is { } known && Enums.IsDefined(known))
        {
            if (entry._year is null && !film.IsSkipped(FilmFields.Year.Bit))
            {
                check.Problem(CatalogProblemKind.Missing, new FieldPlace(FilmFields.Year.Name), "required field is missing (only an unconfirmed film may lack a year)");
            }

            if (entry._kind is null && !film.IsSkipped(FilmFields.Kind.Bit))
            {
                check.Problem(CatalogProblemKind.Missing, new FieldPlace(FilmFields.Kind.Name), "required field is missing (only an unconfirmed film may lack a kind)");
            }
        }

        if (verification is { } status && Enums.IsDefined(status) && status != VerificationStatus.Verified && entry._verificationNote is null && !film.IsSkipped(FilmFields.VerificationNote.Bit))
        {
            check.Problem(
                CatalogProblemKind.Policy,
                new FieldPlace(FilmFields.VerificationNote.Name),
                $"required for a film marked {Vocabulary.Verifications.Format(status)}: say what was corrected or what the entry may be confused with");
        }
    }

    private void CheckCredits(EntryCheck check, IReadOnlyList<PersonCreditEntry> credits, HashSet<string> personIds)
    {
        // Whom a voice or soloist may be for: a performer seen on screen, in a credit of their own.
        var onScreen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var credit in credits)
        {
            if (credit.For is null && credit.Role is PersonRole.Actor or PersonRole.Singer or PersonRole.Dancer or PersonRole.Soloist)
            {
                onScreen.Add(credit.Person);
            }
        }

        var seen = new HashSet<(string, PersonRole, string?, string?)>();
        for (var i = 0; i < credits.Count; i++)
        {
            var credit = credits[i];
            if (Ids.IsId(credit.Person) && !personIds.Contains(credit.Person))
            {
                Unknown(check, credit.Person, new FieldPlace(FilmFields.Credits.Name, i, PersonCreditFormat.Person), CatalogEntryKind.Person);
            }

            var voice = credit.Role is PersonRole.SingingVoice or PersonRole.Voice or PersonRole.Soloist;
            if (credit.For is { } performer)
            {
                var at = new FieldPlace(FilmFields.Credits.Name, i, PersonCreditFormat.For);
                if (!voice)
                {
                    check.Problem(CatalogProblemKind.Policy, at, $"only a singing-voice, voice or soloist credit names whom it is for; this one is {Quote.Of(Vocabulary.PersonRoles.Format(credit.Role))}");
                }
                else if (performer == credit.Person)
                {
                    check.Problem(CatalogProblemKind.Policy, at, "a credit is for another performer, not for the person it credits");
                }
                else if (Ids.IsId(performer) && !personIds.Contains(performer))
                {
                    Unknown(check, performer, at, CatalogEntryKind.Person);
                }
                else if (Ids.IsId(performer) && !onScreen.Contains(performer))
                {
                    check.Problem(CatalogProblemKind.UnknownReference, at, $"{Quote.Of(performer)} is not credited on screen in this film (as actor, singer, dancer or soloist): credit the performer seen on screen too");
                }
            }
            else if (credit.Role == PersonRole.SingingVoice)
            {
                check.Problem(CatalogProblemKind.Missing, new FieldPlace(FilmFields.Credits.Name, i, PersonCreditFormat.For), "a singing-voice credit names the performer it sang for (use singer for one who sings on screen)");
            }

            if (!seen.Add((credit.Person, credit.Role, credit.Character, credit.For)))
            {
                check.Problem(CatalogProblemKind.Duplicate, new FieldPlace(FilmFields.Credits.Name, i), $"duplicate credit {Quote.Of($"{credit.Person} as {Vocabulary.PersonRoles.Format(credit.Role)}")}");
            }
        }
    }

    /// <summary>Why an unconfirmed film may not have the people or studios of <paramref name="field"/>; format 1's reader says it too.</summary>
    internal static string UnconfirmedNames(string field) => $"an unconfirmed film cannot name {field}: no source confirms the film";

    private static void RefuseNames(Pending<FilmEntry, Film> film, Field<FilmEntry> field, int count)
    {
        // A list the front end found wrong is refused too, whatever it holds: an unconfirmed film names no one.
        if (count > 0 || film.IsSkipped(field.Bit))
        {
            film.Check.Problem(CatalogProblemKind.Policy, new FieldPlace(field.Name), UnconfirmedNames(field.Name));
        }
    }

    /// <summary>The ids of a list of entries, reporting each that repeats an earlier one.</summary>
    private static HashSet<string> UniqueIds<TEntry, TModel>(List<Pending<TEntry, TModel>> entries, Func<TEntry, string?> id, CatalogEntryKind kind)
        where TEntry : class
        where TModel : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, Pending<TEntry, TModel>>? firsts = null;
        foreach (var entry in entries)
        {
            if (id(entry.Entry) is not { } value || ids.Add(value))
            {
                continue;
            }

            if (firsts is null)
            {
                firsts = new(StringComparer.Ordinal);
                // Backwards, so that each id ends up with its first entry.
                for (var i = entries.Count - 1; i >= 0; i--)
                {
                    if (id(entries[i].Entry) is { } other)
                    {
                        firsts[other] = entries[i];
                    }
                }
            }

            var first = firsts[value].Origin.Problem(CatalogProblemKind.Duplicate, kind, Ids.IsId(value) ? value : null, FieldPlace.Entry, "").Place;
            entry.Check.Problem(CatalogProblemKind.Duplicate, FieldPlace.Entry, $"duplicate {EntryOrigin.Name(kind)} id {Quote.Of(value)}, first used at {first}");
        }

        return ids;
    }

    /// <summary>Checks a list of ids that refer to other entries: each must resolve, and none may repeat.</summary>
    private void References(EntryCheck check, IReadOnlyList<string> ids, HashSet<string> known, string field, CatalogEntryKind kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!Ids.IsId(ids[i]))
            {
                continue;
            }

            if (!known.Contains(ids[i]))
            {
                Unknown(check, ids[i], new FieldPlace(field, i), kind);
            }

            if (!seen.Add(ids[i]))
            {
                check.Problem(CatalogProblemKind.Duplicate, new FieldPlace(field, i), $"duplicate {EntryOrigin.Name(kind)} {Quote.Of(ids[i])}");
            }
        }
    }

    private void Unknown(EntryCheck check, string id, in FieldPlace at, CatalogEntryKind kind)
    {
        var what = EntryOrigin.Name(kind);
        var where = options.References is null || kind is CatalogEntryKind.Film or CatalogEntryKind.Selection ? "" : " here or in the referenced catalogue";
        check.Problem(CatalogProblemKind.UnknownReference, at, $"unknown {what} id {Quote.Of(id)}: no {what} with that id is defined{where}");
    }

    /// <summary>Makes the model of entries that passed <see cref="Check"/>, keeping each existing object whose references are kept.</summary>
    /// <param name="composerKeys">The composer name index's keys where they were made before (see <see cref="FilmCatalog"/>'s constructor).</param>
    /// <param name="replaced">What the catalogue reports as <see cref="FilmCatalog.Replaced"/>; none when null.</param>
    /// <param name="takenIn">Entries among those added that another catalogue took in by reference (see <see cref="FilmCatalog.With(FilmCatalog, bool)"/>).</param>
    internal FilmCatalog Create(
        Func<IReadOnlyList<Composer>, Indexing.NameKeys<Composer>>? composerKeys = null,
        CatalogEntryReference[]? replaced = null,
        HashSet<CatalogEntryReference>? takenIn = null)
    {
        var (composers, people, studios, works) = Referenced() is { } referenced
            ? WithReferenced(referenced)
            : (this.composers, this.people, this.studios, this.works);
        var composerList = new Composer[composers.Count];
        var composersById = new Dictionary<string, Composer>(composerList.Length, StringComparer.Ordinal);
        for (var i = 0; i < composerList.Length; i++)
        {
            composerList[i] = composers[i].Existing ?? new Composer(composers[i].Entry);
            composersById.Add(composerList[i].Id, composerList[i]);
        }

        var personList = new Person[people.Count];
        var peopleById = new Dictionary<string, Person>(personList.Length + composerList.Length, StringComparer.Ordinal);
        foreach (var composer in composerList)
        {
            peopleById.Add(composer.Id, composer);
        }

        for (var i = 0; i < personList.Length; i++)
        {
            personList[i] = people[i].Existing ?? new Person(people[i].Entry);
            peopleById.Add(personList[i].Id, personList[i]);
        }

        var studioList = new Studio[studios.Count];
        var studiosById = new Dictionary<string, Studio>(studioList.Length, StringComparer.Ordinal);
        for (var i = 0; i < studioList.Length; i++)
        {
            studioList[i] = studios[i].Existing ?? new Studio(studios[i].Entry);
            studiosById.Add(studioList[i].Id, studioList[i]);
        }

        var workList = new Work[works.Count];
        var worksById = new Dictionary<string, Work>(workList.Length, StringComparer.Ordinal);
        for (var i = 0; i < workList.Length; i++)
        {
            var entry = works[i].Entry;
            var composer = composersById[entry._composer!];
            workList[i] = works[i].Existing is { } work && ReferenceEquals(work.Composer, composer) ? work : new Work(entry, composer);
            worksById.Add(workList[i].Id, workList[i]);
        }

        var filmList = new Film[films.Count];
        var filmsById = new Dictionary<string, Film>(filmList.Length, StringComparer.Ordinal);
        for (var i = 0; i < filmList.Length; i++)
        {
            filmList[i] = CreateFilm(films[i], composersById, worksById, peopleById, studiosById);
            filmsById.Add(filmList[i].Id, filmList[i]);
        }

        var selectionList = new Selection[selections.Count];
        for (var i = 0; i < selectionList.Length; i++)
        {
            var entry = selections[i].Entry;
            var selected = Resolve(entry._films, filmsById);
            selectionList[i] = selections[i].Existing is { } selection && Same(selection.Films, selected) ? selection : new Selection(entry, ReadOnly.Wrap(selected));
        }

        // What came from the referenced catalogue, after this builder's own entries: With knows it by this, not by identity.
        if (composerList.Length + personList.Length + studioList.Length + workList.Length > this.composers.Count + this.people.Count + this.studios.Count + this.works.Count)
        {
            takenIn = takenIn is null ? [] : [.. takenIn];
            TakenIn(composerList, this.composers.Count, c => c.Id, CatalogEntryKind.Composer, takenIn);
            TakenIn(personList, this.people.Count, p => p.Id, CatalogEntryKind.Person, takenIn);
            TakenIn(studioList, this.studios.Count, s => s.Id, CatalogEntryKind.Studio, takenIn);
            TakenIn(workList, this.works.Count, w => w.Id, CatalogEntryKind.Work, takenIn);
        }

        return new FilmCatalog(dataVersion, filmList, composerList, personList, studioList, workList, selectionList, composerKeys, replaced, takenIn);
    }

    /// <summary>Checks every entry and builds the catalogue, as <see cref="Build"/> does, with what <see cref="Create"/> passes on to it (for With and Subset).</summary>
    internal FilmCatalog BuildCombined(CatalogEntryReference[]? replaced, HashSet<CatalogEntryReference>? takenIn)
    {
        var problems = new ProblemList();
        Check(problems);
        problems.ThrowIfAny();
        return Create(replaced: replaced, takenIn: takenIn);
    }

    private static void TakenIn<T>(T[] records, int own, Func<T, string> id, CatalogEntryKind kind, HashSet<CatalogEntryReference> takenIn)
    {
        for (var i = own; i < records.Length; i++)
        {
            takenIn.Add(new CatalogEntryReference(kind, id(records[i])));
        }
    }

    /// <summary>The records of <see cref="CatalogLoadOptions.References"/> by id, made once for the checks and the model; null without references.</summary>
    private ReferencedRecords? Referenced() =>
        options.References is { } catalog ? referencedRecords ??= new ReferencedRecords(catalog) : null;

    private sealed class ReferencedRecords(FilmCatalog catalog)
    {
        public Dictionary<string, Composer> Composers { get; } = catalog.Composers.ToDictionary(c => c.Id, StringComparer.Ordinal);

        public Dictionary<string, Person> People { get; } = catalog.People.ToDictionary(p => p.Id, StringComparer.Ordinal);

        public Dictionary<string, Studio> Studios { get; } = catalog.Studios.ToDictionary(s => s.Id, StringComparer.Ordinal);

        public Dictionary<string, Work> Works { get; } = catalog.Works.ToDictionary(w => w.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The entries with the records of <paramref name="referenced"/> that they use by id without defining, after
    /// their own (a work taken in brings its composer); <see cref="Check"/> let those ids through.
    /// </summary>
    private (List<Pending<ComposerEntry, Composer>> Composers, List<Pending<PersonEntry, Person>> People, List<Pending<StudioEntry, Studio>> Studios, List<Pending<WorkEntry, Work>> Works)
        WithReferenced(ReferencedRecords referenced)
    {
        var composerList = new List<Pending<ComposerEntry, Composer>>(composers);
        var personList = new List<Pending<PersonEntry, Person>>(people);
        var studioList = new List<Pending<StudioEntry, Studio>>(studios);
        var workList = new List<Pending<WorkEntry, Work>>(works);
        var composerIds = new HashSet<string>(composers.Select(c => c.Entry._id!), StringComparer.Ordinal);
        var personIds = new HashSet<string>(people.Select(p => p.Entry._id!), StringComparer.Ordinal);
        var studioIds = new HashSet<string>(studios.Select(s => s.Entry._id!), StringComparer.Ordinal);
        var workIds = new HashSet<string>(works.Select(w => w.Entry._id!), StringComparer.Ordinal);
        var (theirComposers, theirPeople, theirStudios, theirWorks) = (referenced.Composers, referenced.People, referenced.Studios, referenced.Works);

        void Composer(string id)
        {
            if (!composerIds.Contains(id) && !personIds.Contains(id) && theirComposers.TryGetValue(id, out var composer) && composerIds.Add(id))
            {
                composerList.Add(new(composer.Entry, CodeOrigin.Of(CatalogEntryKind.Composer, composerList.Count), 0, composer));
            }
        }

        void Person(string id)
        {
            // A credit may name a composer as well as a person.
            if (!composerIds.Contains(id) && !personIds.Contains(id) && theirPeople.TryGetValue(id, out var person) && personIds.Add(id))
            {
                personList.Add(new(person.PersonEntry!, CodeOrigin.Of(CatalogEntryKind.Person, personList.Count), 0, person));
            }
            else
            {
                Composer(id);
            }
        }

        foreach (var work in works)
        {
            Composer(work.Entry._composer!);
        }

        foreach (var film in films)
        {
            var entry = film.Entry;
            foreach (var credit in entry._composers)
            {
                Composer(credit.Composer);
            }

            foreach (var credit in entry._credits)
            {
                Person(credit.Person);
                if (credit.For is { } performer)
                {
                    Person(performer);
                }
            }

            foreach (var id in entry._studios)
            {
                if (!studioIds.Contains(id) && theirStudios.TryGetValue(id, out var studio) && studioIds.Add(id))
                {
                    studioList.Add(new(studio.Entry, CodeOrigin.Of(CatalogEntryKind.Studio, studioList.Count), 0, studio));
                }
            }

            foreach (var id in entry._works)
            {
                if (!workIds.Contains(id) && theirWorks.TryGetValue(id, out var work) && workIds.Add(id))
                {
                    workList.Add(new(work.Entry, CodeOrigin.Of(CatalogEntryKind.Work, workList.Count), 0, work));
                    Composer(work.Composer.Id);
                }
            }
        }

        return (composerList, personList, studioList, workList);
    }

    private static Film CreateFilm(
        Pending<FilmEntry, Film> film,
        Dictionary<string, Composer> composersById,
        Dictionary<string, Work> worksById,
        Dictionary<string, Person> peopleById,
        Dictionary<string, Studio> studiosById)
    {
        var entry = film.Entry;
        var credits = new ComposerCredit[entry._composers.Count];
        var same = film.Existing is not null;
        for (var j = 0; j < credits.Length; j++)
        {
            var composer = composersById[entry._composers[j].Composer];
            same = same && ReferenceEquals(film.Existing!.Composers[j].Composer, composer);
            credits[j] = new ComposerCredit(composer, entry._composers[j].Role);
        }

        var people = new PersonCredit[entry._credits.Count];
        for (var j = 0; j < people.Length; j++)
        {
            var credit = entry._credits[j];
            var person = peopleById[credit.Person];
            var performer = credit.For is { } id ? peopleById[id] : null;
            same = same && ReferenceEquals(film.Existing!.Credits[j].Person, person) && ReferenceEquals(film.Existing!.Credits[j].For, performer);
            people[j] = new PersonCredit(person, credit.Role, credit.Character, performer, credit.Sources);
        }

        var featured = Resolve(entry._works, worksById);
        var studios = Resolve(entry._studios, studiosById);
        if (same && Same(film.Existing!.FeaturedWorks, featured) && Same(film.Existing!.Studios, studios))
        {
            return film.Existing!;
        }

        return new Film(entry, ReadOnly.Wrap(credits), ReadOnly.Wrap(featured), ReadOnly.Wrap(people), ReadOnly.Wrap(studios));
    }

    private static T[] Resolve<T>(IReadOnlyList<string> ids, Dictionary<string, T> byId)
    {
        var resolved = new T[ids.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = byId[ids[i]];
        }

        return resolved;
    }

    private static bool Same<T>(IReadOnlyList<T> existing, T[] resolved)
        where T : class
    {
        for (var i = 0; i < resolved.Length; i++)
        {
            if (!ReferenceEquals(existing[i], resolved[i]))
            {
                return false;
            }
        }

        return true;
    }

    private FilmCatalogBuilder Add<TEntry, TModel>(List<Pending<TEntry, TModel>> list, Pending<TEntry, TModel> pending)
        where TEntry : class
        where TModel : class
    {
        list.Add(pending);
        return this;
    }

    /// <summary>An entry waiting to be built: where it came from, its fields already found wrong, the model object it may already be.</summary>
    private sealed class Pending<TEntry, TModel>(TEntry entry, EntryOrigin origin, ulong skippedFields, TModel? existing)
        where TEntry : class
        where TModel : class
    {
        public TEntry Entry { get; } = entry;

        public EntryOrigin Origin { get; } = origin;

        public ulong SkippedFields { get; } = skippedFields;

        public TModel? Existing { get; } = existing;

        /// <summary>The check of this entry in the builder's current check, which the rules between entries report through.</summary>
        public EntryCheck Check { get; set; } = null!;

        public bool IsSkipped(ulong field) => (SkippedFields & field) != 0;
    }
}
