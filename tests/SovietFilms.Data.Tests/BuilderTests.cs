using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>Catalogues built in code go through the same checks as files, and say where each problem is.</summary>
public sealed class BuilderTests
{
    private static ComposerEntry Tchaikovsky => new()
    {
        Id = "tchaikovsky",
        Name = "Pyotr Ilyich Tchaikovsky",
        NativeName = "Пётр Ильич Чайковский",
        Aliases = ["Tschaikowsky"],
        Born = 1840,
        Died = 1893,
        Sources = ["https://en.wikipedia.org/wiki/Pyotr_Ilyich_Tchaikovsky"],
    };

    private static PersonEntry Tulubyeva => new() { Id = "zoya-tulubyeva", Name = "Zoya Tulubyeva" };

    private static PersonEntry Plisetskaya => new() { Id = "maya-plisetskaya", Name = "Maya Plisetskaya", NativeName = "Майя Михайловна Плисецкая" };

    private static WorkEntry SwanLakeWork => new() { Id = "tchaikovsky-swan-lake", Composer = "tchaikovsky", Title = "Swan Lake", OriginalTitle = "Лебединое озеро" };

    private static FilmEntry SwanLake => new()
    {
        Id = "swan-lake-1957",
        Title = "Swan Lake",
        OriginalTitle = "Лебединое озеро",
        Year = 1957,
        Kind = FilmKind.Feature,
        Countries = ["SU"],
        Credits = [new PersonCreditEntry("zoya-tulubyeva", PersonRole.Director), new PersonCreditEntry("maya-plisetskaya", PersonRole.Dancer, "Odette")],
        Themes = [Theme.Ballet],
        Composers = [new CreditEntry("tchaikovsky", ComposerRole.Music)],
        Works = ["tchaikovsky-swan-lake"],
        Facts = [new FactEntry("A filmed ballet.", FactStatus.Confirmed, null, ["https://www.imdb.com/title/tt0050952/"])],
        Summary = "The Bolshoi's Swan Lake, filmed.",
        Verification = VerificationStatus.Verified,
        ImdbId = "tt0050952",
        Sources = ["https://www.imdb.com/title/tt0050952/"],
    };

    private static CatalogFormatException BuildFails(FilmCatalogBuilder builder) =>
        ((Func<FilmCatalog>)builder.Build).Should().Throw<CatalogFormatException>().Which;

    [Fact]
    public void A_catalogue_built_in_code_is_queried_like_a_loaded_one()
    {
        var catalog = new FilmCatalogBuilder("mine.1").Add(Tchaikovsky).Add(Tulubyeva).Add(Plisetskaya).Add(SwanLakeWork).Add(SwanLake)
            .Add(new SelectionEntry { Id = "picks", Title = "Picks", Films = ["swan-lake-1957"] })
            .Build();

        var film = catalog.Query().WithComposer("TSCHAIKOWSKY").FeaturingWork("Лебединое озеро").Should().ContainSingle().Subject;
        film.Should().BeSameAs(catalog.GetFilm("swan-lake-1957"));
        film.Composers[0].Composer.Should().BeSameAs(catalog.GetComposer("tschaikowsky"));
        film.FeaturedWorks[0].Composer.Should().BeSameAs(film.Composers[0].Composer);
        film.Credits[1].ToString().Should().Be("Maya Plisetskaya (Dancer: Odette)");
        film.Credits[1].Person.Should().BeSameAs(catalog.GetPerson("Плисецкая"));
        film.Countries[0].Name.Should().Be("Soviet Union");
        film.Sources[0].Should().Be(new Uri("https://www.imdb.com/title/tt0050952/"));
        film.Facts[0].Sources[0].Host.Should().Be("www.imdb.com");
        catalog.GetSelection("picks").Films.Should().Equal(film);
        catalog.DataVersion.Should().Be("mine.1");
    }

    [Fact]
    public void What_the_builder_makes_writes_and_loads_back_the_same()
    {
        var built = new FilmCatalogBuilder("mine.1").Add(Tchaikovsky).Add(Tulubyeva).Add(Plisetskaya).Add(SwanLakeWork).Add(SwanLake).Build();

        var loaded = TestCatalog.Reload(built);

        CatalogSnapshotTests.Render(loaded).Should().Be(CatalogSnapshotTests.Render(built));
        CsvRoundTrip.Films(loaded).Should().Equal(CsvRoundTrip.Films(built));
    }

    [Fact]
    public void Problems_of_entries_built_in_code_are_placed_by_their_position_in_the_builder()
    {
        var builder = new FilmCatalogBuilder("mine.1")
            .Add(Tchaikovsky with { Died = 1800 }).Add(Tulubyeva).Add(Plisetskaya)
            .Add(SwanLake with { Year = 1850, Title = null, Themes = [Theme.Ballet, (Theme)99], Composers = [new CreditEntry("nobody", ComposerRole.Score)], Works = [] })
            .Add(SwanLake with { Id = "second-1960", Verification = VerificationStatus.Unconfirmed, Sources = ["not a url"] });

        var problems = BuildFails(builder).Problems;

        problems.Select(p => p.ToString()).Should().BeEquivalentTo(
            $"films[0] (film \"swan-lake-1957\").title: required field is missing",
            $"films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to {DateTime.UtcNow.Year + 1}, found 1850",
            "films[0] (film \"swan-lake-1957\").themes[1]: expected one of biography, opera, operetta, ballet, concert, rivalry, mastery, coming-of-age, ensemble-life, comedy, redemption, romance, historical-drama, heritage, artistic-freedom, adversity, literary-adaptation; found 99",
            "films[1] (film \"second-1960\").sources[0]: expected an absolute http or https URL, found \"not a url\"",
            "composers[0] (composer \"tchaikovsky\").died: expected a year not before the birth year 1840, found 1800",
            "films[0] (film \"swan-lake-1957\").composers[0].id: unknown composer id \"nobody\": no composer with that id is defined",
            "films[1] (film \"second-1960\").credits: an unconfirmed film cannot name credits: no source confirms the film",
            "films[1] (film \"second-1960\").verificationNote: required for a film marked unconfirmed: say what was corrected or what the entry may be confused with",
            "films[1] (film \"second-1960\").works[0]: unknown work id \"tchaikovsky-swan-lake\": no work with that id is defined");
        problems.Should().OnlyContain(p => p.Path == null && p.Row == null && p.EntryKind != null);
        problems.Single(p => p.Field == "died").Should().Match<CatalogProblem>(p => p.Kind == CatalogProblemKind.OutOfRange && p.EntryKind == CatalogEntryKind.Composer && p.EntryId == "tchaikovsky");
        problems.Single(p => p.Field == "title").Kind.Should().Be(CatalogProblemKind.Missing);
        problems.Where(p => p.Kind == CatalogProblemKind.Policy).Should().HaveCount(2);
        problems.Where(p => p.Kind == CatalogProblemKind.UnknownReference).Should().HaveCount(2);
    }

    [Fact]
    public void Duplicate_ids_and_blank_values_are_refused()
    {
        var builder = new FilmCatalogBuilder(" ").Add(Tchaikovsky).Add(Tulubyeva).Add(Plisetskaya).Add(Tchaikovsky with { Name = "  " }).Add(SwanLake with { Id = "Not An Id" });

        var problems = BuildFails(builder).Problems.Select(p => p.ToString()).ToList();

        problems.Should().Contain("dataVersion: expected a non-empty string, found an empty one");
        problems.Should().Contain("composers[1] (composer \"tchaikovsky\").name: expected a non-empty string, found an empty one");
        problems.Should().Contain("composers[1] (composer \"tchaikovsky\"): duplicate composer id \"tchaikovsky\", first used at composers[0] (composer \"tchaikovsky\")");
        problems.Should().Contain("films[0].id: expected an id of lowercase letters, digits and single hyphens (such as \"tchaikovsky-1970\"), found \"Not An Id\"");
    }

    [Fact]
    public void The_builder_holds_strings_and_lists_to_the_bounds_it_was_given()
    {
        var options = new CatalogLoadOptions(maxStringLength: 10, maxListLength: 2);
        var builder = new FilmCatalogBuilder("mine.1", options).Add(Tchaikovsky with { Aliases = ["a", "b", "c"] });

        var problems = BuildFails(builder).Problems;

        problems.Should().Contain(p => p.Kind == CatalogProblemKind.Bound && p.ToString() == "composers[0] (composer \"tchaikovsky\").name: expected at most 10 characters, found 24");
        problems.Should().Contain(p => p.Kind == CatalogProblemKind.Bound && p.ToString() == "composers[0] (composer \"tchaikovsky\").aliases: expected at most 2 items, found 3");
    }

    [Fact]
    public void Entries_keep_copies_of_the_lists_they_are_given()
    {
        var sources = new List<string> { "https://example.org/a" };
        var entry = Tchaikovsky with { Sources = sources };
        sources[0] = "not a url";
        sources.Add("https://example.org/b");

        entry.Sources.Should().Equal("https://example.org/a");
        new FilmCatalogBuilder("mine.1").Add(entry).Build().Composers[0].Sources.Should().ContainSingle();
    }

    [Fact]
    public void Build_can_be_called_again_and_makes_a_new_catalogue_each_time()
    {
        var builder = new FilmCatalogBuilder("mine.1").Add(Tchaikovsky).Add(Tulubyeva).Add(Plisetskaya).Add(SwanLakeWork).Add(SwanLake);

        var first = builder.Build();
        var second = builder.Build();

        second.Should().NotBeSameAs(first);
        second.Films.Select(f => f.Id).Should().Equal(first.Films.Select(f => f.Id));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        ((Action)(() => _ = new FilmCatalogBuilder(null!))).Should().Throw<ArgumentNullException>().WithParameterName("dataVersion");
        ((Action)(() => _ = new FilmCatalogBuilder("x", null!))).Should().Throw<ArgumentNullException>().WithParameterName("options");
        var builder = new FilmCatalogBuilder("x");
        ((Action)(() => builder.Add((FilmEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("film");
        ((Action)(() => builder.Add((ComposerEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("composer");
        ((Action)(() => builder.Add((WorkEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("work");
        ((Action)(() => builder.Add((SelectionEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("selection");
        ((Action)(() => _ = new FilmEntry { Sources = null! })).Should().Throw<ArgumentNullException>().WithParameterName("Sources");
        ((Action)(() => _ = new FilmEntry { Studios = ["a", null!] })).Should().Throw<ArgumentNullException>().WithParameterName("Studios");
        ((Action)(() => _ = new PersonCreditEntry(null!, PersonRole.Actor))).Should().Throw<ArgumentNullException>().WithParameterName("person");
        ((Action)(() => builder.Add((PersonEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("person");
        ((Action)(() => builder.Add((StudioEntry)null!))).Should().Throw<ArgumentNullException>().WithParameterName("studio");
        ((Action)(() => _ = new CreditEntry(null!, ComposerRole.Score))).Should().Throw<ArgumentNullException>().WithParameterName("composer");
        ((Action)(() => _ = new FactEntry(null!, FactStatus.Confirmed, null, []))).Should().Throw<ArgumentNullException>().WithParameterName("statement");
    }

    [Fact]
    public void An_overlay_keeps_the_films_of_the_base_catalogue()
    {
        var mine = new FilmCatalogBuilder("mine.1").Add(Tchaikovsky).Add(Tulubyeva).Add(Plisetskaya).Add(SwanLakeWork with { Id = "tchaikovsky-swan-lake-2" })
            .Add(SwanLake with { Id = "my-swan-lake-1999", Year = 1999, Works = ["tchaikovsky-swan-lake-2"] })
            .Build();

        var all = FilmCatalog.Default.With(mine);

        var tchaikovsky1970 = all.GetFilm("tchaikovsky-1970");
        tchaikovsky1970.Should().BeSameAs(FilmCatalog.Default.GetFilm("tchaikovsky-1970"));
        FilmCatalog.Default.Related(tchaikovsky1970).Should().NotBeEmpty("a film of the base is still the base's own object");
        all.GetComposer("tchaikovsky").Should().BeSameAs(FilmCatalog.Default.GetComposer("tchaikovsky"));
        var mySwanLake = all.GetFilm("my-swan-lake-1999");
        mySwanLake.Composers[0].Composer.Should().BeSameAs(FilmCatalog.Default.GetComposer("tchaikovsky"), "the other's film now credits the base's record");
        mySwanLake.FeaturedWorks[0].Composer.Should().BeSameAs(FilmCatalog.Default.GetComposer("tchaikovsky"));
        all.Related(mySwanLake).Should().NotBeEmpty();
    }

    [Fact]
    public void A_subset_keeps_its_films_objects()
    {
        var film = FilmCatalog.Default.GetFilm("tchaikovsky-1970");

        var subset = FilmCatalog.Default.Subset([film]);

        subset.Films.Should().ContainSingle().Which.Should().BeSameAs(film);
        subset.Composers.Should().OnlyContain(c => ReferenceEquals(c, FilmCatalog.Default.GetComposer(c.Id)));
        FilmCatalog.Default.Related(subset.Films[0]).Should().NotBeEmpty();
    }
}
