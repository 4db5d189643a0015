using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class OverlayTests
{
    [Fact]
    public void An_overlay_adds_films_and_composers_and_leaves_both_catalogues_unchanged()
    {
        var before = FilmCatalog.Default.Films.Count;
        var mine = new TestCatalog()
            .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky")
            .Composer("my-composer", "Anna Example")
            .Film("my-nutcracker-1999", "My Nutcracker", 1999, ["ballet"], ["tchaikovsky:music", "my-composer:score"])
            .Load();

        var combined = FilmCatalog.Default.With(mine);

        combined.Films.Should().HaveCount(before + 1);
        FilmCatalog.Default.Films.Should().HaveCount(before);
        mine.Films.Should().ContainSingle();
        combined.Query().WithComposer("Чайковский").Select(f => f.Id).Should().Contain("my-nutcracker-1999").And.Contain("tchaikovsky-1970");
        combined.GetComposer("tchaikovsky").NativeName.Should().Be(FilmCatalog.Default.GetComposer("tchaikovsky").NativeName, "the shared composer keeps the base record");
        combined.FindComposer("Anna Example").Should().NotBeNull();
        combined.DataVersion.Should().Be($"{FilmCatalog.Default.DataVersion}+test.1");
        combined.GetFilm("my-nutcracker-1999").Composers[0].Composer.Should().BeSameAs(combined.GetComposer("tchaikovsky"));
    }

    [Fact]
    public void Clashing_ids_are_an_error_that_names_every_one()
    {
        var clash = new TestCatalog()
            .Composer("tchaikovsky", "Someone Else")
            .Film("tchaikovsky-1970", "Not Tchaikovsky", 1970, credits: ["tchaikovsky:score"])
            .Selection("classical-music-in-soviet-cinema", "Mine", "tchaikovsky-1970")
            .Load();

        var act = () => FilmCatalog.Default.With(clash);

        act.Should().Throw<ArgumentException>().WithParameterName("extra").Which.Message.Should()
            .Contain("film \"tchaikovsky-1970\"")
            .And.Contain("selection \"classical-music-in-soviet-cinema\"")
            .And.Contain("composer \"tchaikovsky\" (\"Pyotr Ilyich Tchaikovsky\" here, \"Someone Else\" in the other)");
    }

    [Fact]
    public void Overlays_compose()
    {
        var first = new TestCatalog().Composer("a", "Anna A").Film("a-2000", "A", 2000, credits: ["a:score"]).Load();
        var second = new TestCatalog().Composer("b", "Boris B").Film("b-2001", "B", 2001, credits: ["b:score"]).Load();

        var both = FilmCatalog.Default.With(first).With(second);

        both.Films.Select(f => f.Id).Should().Contain(["a-2000", "b-2001"]);
        ((Action)(() => both.With(first))).Should().Throw<ArgumentException>().Which.Message.Should().Contain("film \"a-2000\"");
    }

    [Fact(Timeout = 300_000)]
    public async System.Threading.Tasks.Task Two_thousand_chained_overlays_keep_every_film_and_every_data_version()
    {
        // The thousandth overlay threw once its joined data version passed the 20,000 characters a file may have.
        var overlays = Enumerable.Range(0, 2_000)
            .Select(i => new FilmCatalogBuilder($"overlay-{i:D4}-with-a-long-data-version")
                .Add(new ComposerEntry { Id = $"c{i}", Name = $"Composer {i}", Sources = ["https://example.org/c"] })
                .Add(new FilmEntry
                {
                    Id = $"f{i}-2000",
                    Title = $"F{i}",
                    Year = 2000,
                    Kind = FilmKind.Feature,
                    Countries = ["SU"],
                    Themes = [Theme.Biography],
                    Composers = [new CreditEntry($"c{i}", ComposerRole.Score)],
                    Summary = "An overlay.",
                    Verification = VerificationStatus.Verified,
                    Sources = ["https://example.org/f"],
                })
                .Build())
            .ToList();

        var combined = await System.Threading.Tasks.Task.Run(() => overlays.Aggregate(FilmCatalog.Default, (catalog, overlay) => catalog.With(overlay)));

        combined.Films.Should().HaveCount(FilmCatalog.Default.Films.Count + 2_000);
        combined.DataVersion.Length.Should().BeGreaterThan(20_000);
        combined.DataVersion.Should().EndWith("+overlay-1999-with-a-long-data-version");
    }

    // An overlay as a user writes it: a film of their own that credits the base catalogue's composer, director,
    // studio and work by id, and a corrected copy of a base film that says it replaces the base's.
    private const string UserOverlay = """
        {
          "format": 2,
          "dataVersion": "mine.1",
          "films": [
            {
              "id": "my-nutcracker-1999", "title": "My Nutcracker", "year": 1999, "kind": "feature", "countries": ["SU"],
              "studios": ["mosfilm"], "credits": [{ "person": "igor-talankin", "role": "director" }],
              "themes": ["ballet"], "composers": [{ "id": "tchaikovsky", "role": "music" }], "works": ["tchaikovsky-nutcracker"],
              "summary": "A film of my own.", "verification": "verified", "sources": ["https://example.org/my-nutcracker"]
            },
            {
              "id": "tchaikovsky-1970", "title": "Tchaikovsky", "year": 1970, "kind": "feature", "countries": ["SU"],
              "themes": ["biography"], "composers": [{ "id": "tchaikovsky", "role": "subject" }],
              "summary": "My corrected summary.", "verification": "verified", "sources": ["https://example.org/tchaikovsky-1970"]
            }
          ]
        }
        """;

    [Fact]
    public void A_user_overlay_references_base_entries_by_id_and_replaces_a_base_film_when_asked()
    {
        var mine = TestCatalog.LoadJson(UserOverlay, new CatalogLoadOptions(references: FilmCatalog.Default));

        var combined = FilmCatalog.Default.With(mine, replace: true);

        combined.Replaced.Should().Equal(new CatalogEntryReference(CatalogEntryKind.Film, "tchaikovsky-1970"));
        combined.Replaced[0].ToString().Should().Be("film \"tchaikovsky-1970\"");
        combined.Films.Should().HaveCount(FilmCatalog.Default.Films.Count + 1);
        var corrected = combined.GetFilm("tchaikovsky-1970");
        corrected.Summary.Should().Be("My corrected summary.");
        corrected.Should().BeSameAs(mine.GetFilm("tchaikovsky-1970"));
        combined.Selections.Single(s => s.Id == "classical-music-in-soviet-cinema").Films.Should().Contain(corrected, "the base selection now lists the replacement");
        var own = combined.GetFilm("my-nutcracker-1999");
        own.Composers[0].Composer.Should().BeSameAs(FilmCatalog.Default.GetComposer("tchaikovsky"));
        own.Studios.Should().Equal(FilmCatalog.Default.GetStudio("mosfilm"));
        own.FeaturedWorks.Should().Equal(FilmCatalog.Default.Works.Single(w => w.Id == "tchaikovsky-nutcracker"));
        own.Credits[0].Person.Should().BeSameAs(FilmCatalog.Default.GetPerson("igor-talankin"));
        combined.Query().WithPerson("Talankin").Select(f => f.Id).Should().Contain("my-nutcracker-1999")
            .And.NotContain("tchaikovsky-1970", "the replacement is the whole entry, and this one credits no director");
        FilmCatalog.Default.GetFilm("tchaikovsky-1970").Summary.Should().NotBe("My corrected summary.", "the base catalogue does not change");
    }

    [Fact]
    public void An_overlay_loaded_with_references_holds_the_base_records_it_uses_and_stands_alone()
    {
        var mine = TestCatalog.LoadJson(UserOverlay, new CatalogLoadOptions(references: FilmCatalog.Default));

        mine.Composers.Should().Equal(FilmCatalog.Default.GetComposer("tchaikovsky"));
        mine.People.Should().Equal(FilmCatalog.Default.GetPerson("igor-talankin"));
        mine.Studios.Should().Equal(FilmCatalog.Default.GetStudio("mosfilm"));
        mine.Works.Select(w => w.Id).Should().Equal("tchaikovsky-nutcracker");
        mine.Replaced.Should().BeEmpty();
        var reloaded = TestCatalog.Reload(mine);
        reloaded.Films.Select(f => f.Id).Should().Equal(mine.Films.Select(f => f.Id));
        reloaded.GetComposer("tchaikovsky").NativeName.Should().Be(FilmCatalog.Default.GetComposer("tchaikovsky").NativeName);
    }

    [Fact]
    public void Without_references_or_without_replace_the_same_overlay_fails_naming_every_problem()
    {
        var unresolved = () => TestCatalog.LoadJson(UserOverlay);
        unresolved.Should().Throw<CatalogFormatException>().Which.Problems.Select(p => p.Message).Should().Contain(
        [
            "unknown studio id \"mosfilm\": no studio with that id is defined",
            "unknown person id \"igor-talankin\": no person with that id is defined",
            "unknown composer id \"tchaikovsky\": no composer with that id is defined",
            "unknown work id \"tchaikovsky-nutcracker\": no work with that id is defined",
        ]);

        var mine = TestCatalog.LoadJson(UserOverlay, new CatalogLoadOptions(references: FilmCatalog.Default));
        var clash = () => FilmCatalog.Default.With(mine);
        clash.Should().Throw<ArgumentException>().Which.Message.Should().Contain("film \"tchaikovsky-1970\"").And.NotContain("composer");
    }

    [Fact]
    public void References_resolve_only_what_the_base_defines_and_every_other_problem_is_still_reported()
    {
        var json = UserOverlay.Replace("\"mosfilm\"", "\"no-such-studio\"").Replace("\"year\": 1999", "\"year\": 1800");

        var load = () => TestCatalog.LoadJson(json, new CatalogLoadOptions(references: FilmCatalog.Default));

        var problems = load.Should().Throw<CatalogFormatException>().Which.Problems;
        problems.Should().HaveCount(2);
        problems.Select(p => p.Message).Should().Contain("unknown studio id \"no-such-studio\": no studio with that id is defined here or in the referenced catalogue");
        problems.Should().ContainSingle(p => p.Field == "year" && p.EntryId == "my-nutcracker-1999");
    }

    [Fact]
    public void A_replaced_composer_is_the_one_every_base_film_credits_by_its_id()
    {
        var fixedComposer = new TestCatalog().Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky", "Пётр Ильич Чайковский", "Tchaikovsky", "My alias").Load();

        var combined = FilmCatalog.Default.With(fixedComposer, replace: true);

        combined.Replaced.Should().Equal(new CatalogEntryReference(CatalogEntryKind.Composer, "tchaikovsky"));
        var replacement = fixedComposer.GetComposer("tchaikovsky");
        combined.GetComposer("tchaikovsky").Should().BeSameAs(replacement);
        combined.GetFilm("tchaikovsky-1970").Composers.Select(c => c.Composer).Should().OnlyContain(c => c.Id != "tchaikovsky" || ReferenceEquals(c, replacement));
        combined.Works.Where(w => w.Id.StartsWith("tchaikovsky-", StringComparison.Ordinal)).Should().OnlyContain(w => ReferenceEquals(w.Composer, replacement));
        combined.FindComposer("My alias").Should().BeSameAs(replacement);
        combined.Query().WithComposer("tchaikovsky").Select(f => f.Id).Should().Equal(FilmCatalog.Default.Query().WithComposer("tchaikovsky").Select(f => f.Id));
        combined.FindComposers("Чайковский").Should().HaveCount(2, "the replacement lacks the base's alias \"Чайковский\", so the surname finds Boris Tchaikovsky too");
    }

    [Fact]
    public void Replace_does_not_let_a_person_take_a_composers_id()
    {
        var person = new TestCatalog().Film("a-2000", "A", 2000, directors: ["Tchaikovsky"]).ToJson();
        person["people"]![0]!["id"] = "tchaikovsky";
        person["films"]![0]!["credits"]![0]!["person"] = "tchaikovsky";

        var act = () => FilmCatalog.Default.With(TestCatalog.LoadJson(person.ToJsonString()), replace: true);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("person \"tchaikovsky\" (a composer here)");
    }

    [Fact(Timeout = 300_000)]
    public async System.Threading.Tasks.Task Fifty_thousand_films_over_base_records_and_a_replacement_of_every_base_film_combine_at_once()
    {
        var baseCatalog = FilmCatalog.Default;
        var composers = baseCatalog.Composers;
        var builder = new FilmCatalogBuilder("big.1", new CatalogLoadOptions(references: baseCatalog));
        FilmEntry Film(string id, int i) => new()
        {
            Id = id,
            Title = $"Film {i}",
            Year = 1950 + (i % 40),
            Kind = FilmKind.Feature,
            Countries = ["SU"],
            Themes = [Theme.Biography],
            Composers = [new CreditEntry(composers[i % composers.Count].Id, ComposerRole.Score)],
            Studios = [baseCatalog.Studios[i % baseCatalog.Studios.Count].Id],
            Summary = "An overlay.",
            Verification = VerificationStatus.Verified,
            Sources = ["https://example.org/f"],
        };
        for (var i = 0; i < 50_000; i++)
        {
            builder.Add(Film($"big-{i}-2000", i));
        }

        foreach (var (film, i) in baseCatalog.Films.Select((f, i) => (f, i)))
        {
            builder.Add(Film(film.Id, i));
        }

        var (mine, combined) = await System.Threading.Tasks.Task.Run(() =>
        {
            var mine = builder.Build();
            return (mine, baseCatalog.With(mine, replace: true));
        });

        mine.Composers.Should().OnlyContain(c => ReferenceEquals(c, baseCatalog.GetComposer(c.Id)));
        combined.Films.Should().HaveCount(baseCatalog.Films.Count + 50_000);
        combined.Replaced.Should().HaveCount(baseCatalog.Films.Count).And.OnlyContain(r => r.Kind == CatalogEntryKind.Film);
        combined.Films.Should().OnlyContain(f => f.Summary == "An overlay.");
        combined.Composers.Should().HaveCount(baseCatalog.Composers.Count);
    }

    [Fact]
    public void A_later_overlay_that_only_references_a_corrected_composer_keeps_the_correction()
    {
        var correction = new TestCatalog().Composer("tchaikovsky", "P. I. Tchaikovsky (fixed)").Load();
        var film = """
            { "format": 2, "dataVersion": "later.1", "films": [{ "id": "later-2001", "title": "Later", "year": 2001, "kind": "feature",
              "composers": [{ "id": "tchaikovsky", "role": "music" }], "works": ["tchaikovsky-nutcracker"],
              "summary": "Later.", "verification": "verified", "sources": ["https://example.org/later"] }] }
            """;
        var later = TestCatalog.LoadJson(film, new CatalogLoadOptions(references: FilmCatalog.Default));

        var corrected = FilmCatalog.Default.With(correction, replace: true);
        var both = corrected.With(later, replace: true);

        both.Replaced.Should().BeEmpty("the later overlay took its composer and work from the embedded catalogue by reference");
        both.GetComposer("tchaikovsky").Name.Should().Be("P. I. Tchaikovsky (fixed)");
        both.GetFilm("later-2001").Composers[0].Composer.Should().BeSameAs(both.GetComposer("tchaikovsky"));
        both.GetFilm("later-2001").FeaturedWorks[0].Composer.Should().BeSameAs(both.GetComposer("tchaikovsky"));
        corrected.With(later).GetComposer("tchaikovsky").Name.Should().Be("P. I. Tchaikovsky (fixed)", "without replace too");
    }

    [Fact]
    public void A_referenced_work_whose_composer_the_overlay_corrects_is_not_reported_as_replaced()
    {
        var json = new TestCatalog().Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky (fixed)")
            .Film("mine-2002", "Mine", 2002, credits: ["tchaikovsky:music"], works: ["tchaikovsky-nutcracker"]).ToJson().ToJsonString();
        var mine = TestCatalog.LoadJson(json, new CatalogLoadOptions(references: FilmCatalog.Default));

        var combined = FilmCatalog.Default.With(mine, replace: true);

        combined.Replaced.Should().Equal(new CatalogEntryReference(CatalogEntryKind.Composer, "tchaikovsky"));
        combined.Works.Single(w => w.Id == "tchaikovsky-nutcracker").Composer.Should().BeSameAs(combined.GetComposer("tchaikovsky"));
    }

    [Fact]
    public void With_references_neither_a_person_nor_a_composer_may_take_the_others_id_and_load_says_where()
    {
        var composerAsPerson = new TestCatalog().Composer("igor-talankin", "Igor Talankin").ToJson().ToJsonString();
        var personAsComposer = new TestCatalog().Film("b-2000", "B", 2000, credits: ["tchaikovsky:music"], directors: ["Tchaikovsky"]).ToJson();
        personAsComposer["people"]![0]!["id"] = "tchaikovsky";
        personAsComposer["films"]![0]!["credits"]![0]!["person"] = "tchaikovsky";
        var options = new CatalogLoadOptions(references: FilmCatalog.Default);

        var composer = () => TestCatalog.LoadJson(composerAsPerson, options);
        var person = () => TestCatalog.LoadJson(personAsComposer.ToJsonString(), options);

        composer.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("$.composers[0] (composer \"igor-talankin\"): the composer id \"igor-talankin\" is a person's in the referenced catalogue; give the composer another id");
        person.Should().Throw<CatalogFormatException>().Which.Problems.Select(p => p.Message).Should()
            .Contain("the person id \"tchaikovsky\" is a composer's id; credit the composer by that id instead of a second entry");
    }

    [Fact]
    public void A_replacement_takes_the_place_of_the_entry_it_replaces()
    {
        var selection = FilmCatalog.Default.Selections[0];
        var json = new TestCatalog().Selection(selection.Id, "My picks", selection.Films[0].Id).ToJson();
        var composer = new TestCatalog().Composer(FilmCatalog.Default.Composers[3].Id, "Renamed").Load();

        var combined = FilmCatalog.Default.With(composer, replace: true);

        combined.Composers.Select(c => c.Id).Should().Equal(FilmCatalog.Default.Composers.Select(c => c.Id));
        combined.Composers[3].Name.Should().Be("Renamed");
        var selecting = () => TestCatalog.LoadJson(json.ToJsonString(), new CatalogLoadOptions(references: FilmCatalog.Default));
        selecting.Should().Throw<CatalogFormatException>("a selection lists the catalogue's own films, never referenced ones")
            .Which.Problems.Should().ContainSingle(p => p.Kind == CatalogProblemKind.UnknownReference);
    }

    [Fact]
    public void An_entry_reference_is_of_a_defined_kind()
    {
        ((Action)(() => _ = new CatalogEntryReference((CatalogEntryKind)42, "x"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        ((Action)(() => _ = new CatalogEntryReference(CatalogEntryKind.Film, null!))).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void With_rejects_null()
    {
        ((Action)(() => FilmCatalog.Default.With(null!))).Should().Throw<ArgumentNullException>().WithParameterName("extra");
    }
}
