using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using static SovietFilms.Data.Tests.TestCatalog;

namespace SovietFilms.Data.Tests;

/// <summary>People, studios and credits: how they are checked, found and queried, in format 2 and from format 1.</summary>
public sealed class PeopleTests
{
    private static FilmCatalogBuilder Opera(params PersonCreditEntry[] credits) => new FilmCatalogBuilder("t.1")
        .Add(new ComposerEntry { Id = "glinka", Name = "Mikhail Glinka", NativeName = "Михаил Иванович Глинка", Sources = ["https://example.org/glinka"] })
        .Add(new PersonEntry { Id = "boris-chirkov", Name = "Boris Chirkov", NativeName = "Борис Петрович Чирков" })
        .Add(new PersonEntry { Id = "sergei-lemeshev", Name = "Sergei Lemeshev" })
        .Add(new PersonEntry { Id = "nikolai-solomin", Name = "Nikolai Solomin" })
        .Add(new PersonEntry { Id = "yuri-solomin", Name = "Yuri Solomin" })
        .Add(new StudioEntry { Id = "mosfilm", Name = "Mosfilm", NativeName = "Мосфильм", City = "Moscow", Country = "SU" })
        .Add(new FilmEntry
        {
            Id = "glinka-1946",
            Title = "Glinka",
            Year = 1946,
            Kind = FilmKind.Feature,
            Countries = ["SU"],
            Studios = ["mosfilm"],
            Credits = credits,
            Summary = "A life.",
            Verification = VerificationStatus.Verified,
            Sources = ["https://example.org/film"],
        });

    private static readonly PersonCreditEntry Chirkov = new("boris-chirkov", PersonRole.Actor, "Mikhail Glinka");

    private static readonly PersonCreditEntry Lemeshev = new("sergei-lemeshev", PersonRole.SingingVoice, "Mikhail Glinka", "boris-chirkov", ["https://example.org/voice"]);

    private static IEnumerable<string> Problems(FilmCatalogBuilder builder) =>
        ((Func<FilmCatalog>)builder.Build).Should().Throw<CatalogFormatException>().Which.Problems.Select(p => p.ToString());

    [Fact]
    public void A_singing_voice_is_tied_to_the_performer_it_sang_for()
    {
        var catalog = Opera(Chirkov, Lemeshev).Build();
        var film = catalog.GetFilm("glinka-1946");

        film.Credits[1].For.Should().BeSameAs(film.Credits[0].Person);
        film.Credits[1].Sources.Should().Equal(new Uri("https://example.org/voice"));
        film.Credits[1].ToString().Should().Be("Sergei Lemeshev (SingingVoice: Mikhail Glinka, for Boris Chirkov)");
        film.Studios.Should().ContainSingle().Which.Country!.Code.Should().Be("SU");
        catalog.Query().WithPerson("Lemeshev", PersonRole.SingingVoice).Should().Equal(film);
        catalog.Query().WithPerson("Lemeshev", PersonRole.Actor).Should().BeEmpty();
        catalog.Query().WithPerson("Чирков").Should().Equal(film);
        catalog.Query().FromStudio("МОСФИЛЬМ").Should().Equal(film);
        catalog.Query().FromCountry("su").Should().Equal(film);
        catalog.Query().FromCountry("DD").Should().BeEmpty();
    }

    [Fact]
    public void Credits_that_break_the_rules_are_each_reported_at_their_place()
    {
        Problems(Opera(
                new PersonCreditEntry("nobody", PersonRole.Director),
                Chirkov,
                new PersonCreditEntry("sergei-lemeshev", PersonRole.SingingVoice),
                new PersonCreditEntry("sergei-lemeshev", PersonRole.Conductor, performer: "boris-chirkov"),
                new PersonCreditEntry("yuri-solomin", PersonRole.Voice, performer: "yuri-solomin"),
                new PersonCreditEntry("nikolai-solomin", PersonRole.Voice, performer: "sergei-lemeshev-x"),
                Chirkov))
            .Should().BeEquivalentTo(
                "films[0] (film \"glinka-1946\").credits[0].person: unknown person id \"nobody\": no person with that id is defined",
                "films[0] (film \"glinka-1946\").credits[2].for: a singing-voice credit names the performer it sang for (use singer for one who sings on screen)",
                "films[0] (film \"glinka-1946\").credits[3].for: only a singing-voice, voice or soloist credit names whom it is for; this one is \"conductor\"",
                "films[0] (film \"glinka-1946\").credits[4].for: a credit is for another performer, not for the person it credits",
                "films[0] (film \"glinka-1946\").credits[5].for: unknown person id \"sergei-lemeshev-x\": no person with that id is defined",
                "films[0] (film \"glinka-1946\").credits[6]: duplicate credit \"boris-chirkov as actor\"");
    }

    [Fact]
    public void A_voice_is_for_a_performer_seen_on_screen_not_for_another_voice_or_the_director()
    {
        Problems(Opera(
                new PersonCreditEntry("yuri-solomin", PersonRole.Director),
                new PersonCreditEntry("sergei-lemeshev", PersonRole.SingingVoice, performer: "nikolai-solomin"),
                new PersonCreditEntry("nikolai-solomin", PersonRole.SingingVoice, performer: "sergei-lemeshev"),
                new PersonCreditEntry("boris-chirkov", PersonRole.Voice, performer: "yuri-solomin")))
            .Should().BeEquivalentTo(
                "films[0] (film \"glinka-1946\").credits[1].for: \"nikolai-solomin\" is not credited on screen in this film (as actor, singer, dancer or soloist): credit the performer seen on screen too",
                "films[0] (film \"glinka-1946\").credits[2].for: \"sergei-lemeshev\" is not credited on screen in this film (as actor, singer, dancer or soloist): credit the performer seen on screen too",
                "films[0] (film \"glinka-1946\").credits[3].for: \"yuri-solomin\" is not credited on screen in this film (as actor, singer, dancer or soloist): credit the performer seen on screen too");
    }

    [Fact]
    public void A_studio_is_found_by_its_id_before_its_names()
    {
        var catalog = Opera(Chirkov).Add(new StudioEntry { Id = "mosfilm-tv", Name = "Mosfilm TV", Aliases = ["mosfilm"] }).Build();

        catalog.FindStudio("mosfilm")!.Name.Should().Be("Mosfilm");
        catalog.FindStudio("Mosfilm TV")!.Id.Should().Be("mosfilm-tv");
        catalog.Query().FromStudio("MOSFILM").Select(f => f.Id).Should().Equal("glinka-1946");
        ((Action)(() => catalog.Query().FromCountry("ſu"))).Should().Throw<ArgumentException>("a long s upper-cases to S, but is not ASCII");
    }

    [Fact]
    public void An_overlay_may_not_make_a_person_of_a_composer_or_a_composer_of_a_person()
    {
        var mine = new FilmCatalogBuilder("mine.1").Add(new ComposerEntry { Id = "sergei-lemeshev", Name = "Sergei Lemeshev", Sources = ["https://example.org/l"] }).Build();

        ((Func<FilmCatalog>)(() => FilmCatalog.Default.With(mine))).Should().Throw<ArgumentException>()
            .WithMessage("*composer \"sergei-lemeshev\" (a person here)*");
    }

    [Fact(Timeout = 60_000)]
    public async System.Threading.Tasks.Task Format_one_names_repeated_in_a_list_or_sharing_a_stem_load_in_linear_time()
    {
        await System.Threading.Tasks.Task.Yield();
        var catalog = SwanLake();
        catalog["format"] = 1;
        FirstFilm(catalog)["directors"] = new JsonArray("Ivan Petrov", "Ivan Petrov");
        FirstFilm(catalog)["studios"] = new JsonArray("Mosfilm", "Mosfilm");
        FirstFilm(catalog)["cast"] = new JsonArray(Enumerable.Range(0, 20_000).Select(i => (JsonNode?)new JsonObject { ["actor"] = i % 2 == 0 ? "Ivan Petrov" : "Ivan-Petrov" + new string('!', i % 50) }).ToArray());

        var film = LoadJson(catalog.ToJsonString()).GetFilm("swan-lake-1957");

        film.Credits.Count(c => c.Role == PersonRole.Director).Should().Be(1, "format 1 allowed a name twice; it is one credit");
        film.Studios.Should().ContainSingle();
        film.Credits.Select(c => c.Person.Id).Distinct().Should().HaveCount(26, "Ivan Petrov and 25 other spellings of one stem, each its own id");
    }

    [Fact]
    public void A_composer_is_credited_under_the_composer_s_id_and_never_twice()
    {
        var catalog = Opera(new PersonCreditEntry("glinka", PersonRole.Soloist, performer: null)).Build();

        catalog.GetFilm("glinka-1946").Credits[0].Person.Should().BeSameAs(catalog.GetComposer("glinka"));
        catalog.GetPerson("Глинка").Should().BeSameAs(catalog.GetComposer("glinka"));
        catalog.People.Should().NotContain(p => p.Id == "glinka");

        Problems(Opera().Add(new PersonEntry { Id = "glinka", Name = "M. Glinka" })).Should().Contain(
            "people[4] (person \"glinka\"): the person id \"glinka\" is a composer's id; credit the composer by that id instead of a second entry");
    }

    [Fact]
    public void Lookups_tell_no_one_from_several_and_name_the_namesakes()
    {
        var catalog = Opera(Chirkov).Build();

        catalog.FindPeople("Solomin").Select(p => p.Id).Should().Equal("nikolai-solomin", "yuri-solomin");
        catalog.FindPerson("Solomin").Should().BeNull();
        catalog.FindPerson("Y. Solomin")!.Id.Should().Be("yuri-solomin");
        catalog.FindPerson("Соломин Юрий")!.Id.Should().Be("yuri-solomin", "a Cyrillic query is romanized when the data has only Latin letters");
        catalog.FindPeople("Nobody At All").Should().BeEmpty();
        ((Func<Person>)(() => catalog.GetPerson("Solomin"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("\"Solomin\" names 2 people in the catalogue (data version t.1): Nikolai Solomin (nikolai-solomin), Yuri Solomin (yuri-solomin); use a full name or id.");
        ((Func<Studio>)(() => catalog.GetStudio("Lenfilm"))).Should().Throw<KeyNotFoundException>().WithMessage("No studio is named \"Lenfilm\"*");
        catalog.GetStudio("mosfilm").City.Should().Be("Moscow");
    }

    [Fact]
    public void Bad_arguments_of_the_new_queries_are_refused()
    {
        var query = Opera(Chirkov).Build().Query();

        ((Action)(() => query.WithPerson(null!))).Should().Throw<ArgumentNullException>().WithParameterName("name");
        ((Action)(() => query.WithPerson("--"))).Should().Throw<ArgumentException>().WithParameterName("name");
        ((Action)(() => query.WithPerson("x", (PersonRole)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        ((Action)(() => query.FromStudio(" "))).Should().Throw<ArgumentException>().WithParameterName("name");
        ((Action)(() => query.FromCountry("USSR"))).Should().Throw<ArgumentException>().WithParameterName("code");
        ((Action)(() => query.FromCountry(null!))).Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void Search_finds_people_and_studios_and_says_what_it_matched()
    {
        var catalog = FilmCatalog.Default;

        catalog.Search("Talankin")[0].Person!.Name.Should().Be("Igor Talankin");
        catalog.Search("Plisetskaya")[0].Person!.Name.Should().Be("Maya Plisetskaya");
        var studio = catalog.Search("Mosfilm")[0];
        studio.Studio!.Id.Should().Be("mosfilm");
        studio.Match.Should().Be(SearchMatch.Exact);
        studio.ToString().Should().StartWith("Studio Mosfilm (Exact");
    }

    [Fact]
    public void Related_films_count_shared_performers_with_their_role()
    {
        var catalog = FilmCatalog.Default;
        var related = catalog.Related(catalog.GetFilm("silva-1981"), max: 10);

        related.Should().Contain(r => r.Film.Id == "free-wind-1983" && r.Reasons().Contains("director Jan Frid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_format_two_file_that_names_people_in_format_one_fields_is_refused_not_read_as_empty()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["directors"] = new JsonArray("Zoya Tulubyeva");

        ((Func<FilmCatalog>)(() => LoadJson(catalog.ToJsonString()))).Should().Throw<CatalogFormatException>().Which.ProblemTexts().Should().Equal(
            "$.films[0] (film \"swan-lake-1957\").directors: a field of format 1; format 2 names people in \"credits\", by id, with the role \"director\"");
    }

    [Fact]
    public void Format_one_names_become_people_and_studios_with_ids_made_unique()
    {
        var catalog = SwanLake();
        catalog["format"] = 1;
        FirstFilm(catalog)["directors"] = new JsonArray("Zoya Tulubyeva", "Zoya  TULUBYEVA", "Тулубьева", "!!!");
        FirstFilm(catalog)["cast"] = new JsonArray(new JsonObject { ["actor"] = "Zoya Tulubyeva", ["role"] = "herself" }, new JsonObject { ["actor"] = "Tchaikovsky" });
        FirstFilm(catalog)["studios"] = new JsonArray("Mosfilm");

        var loaded = LoadJson(catalog.ToJsonString());
        var film = loaded.GetFilm("swan-lake-1957");

        film.Credits.Select(c => $"{c.Person.Id} {c.Role} {c.Character}").Should().Equal(
            "zoya-tulubyeva Director ", "zoya-tulubyeva-2 Director ", "tulubyeva Director ", "person Director ", "zoya-tulubyeva Actor herself", "tchaikovsky-2 Actor ");
        film.Studios.Should().ContainSingle().Which.Id.Should().Be("mosfilm");
        Reload(loaded).GetFilm("swan-lake-1957").Credits.Select(c => c.Person.Name).Should().Equal(film.Credits.Select(c => c.Person.Name), "it is written as format 2 and reads back");
    }

    [Fact]
    public void Subsets_and_overlays_carry_the_people_and_studios_their_films_credit()
    {
        var catalog = FilmCatalog.Default;
        var glinka = catalog.GetFilm("great-glinka-1946");

        var subset = catalog.Subset([glinka]);
        subset.People.Should().OnlyContain(p => glinka.Credits.Any(c => ReferenceEquals(c.Person, p)));
        subset.Studios.Should().Equal(glinka.Studios);
        subset.GetFilm("great-glinka-1946").Should().BeSameAs(glinka);

        var mine = new FilmCatalogBuilder("mine.1").Add(new PersonEntry { Id = "sergei-lemeshev", Name = "Someone Else" }).Build();
        ((Func<FilmCatalog>)(() => catalog.With(mine))).Should().Throw<ArgumentException>().WithMessage("*person \"sergei-lemeshev\" (\"Sergei Lemeshev\" here, \"Someone Else\" in the other)*");
    }
}
