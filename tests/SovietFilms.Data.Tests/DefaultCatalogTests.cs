using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>Checks on the data shipped in the package: the rules every release of the catalogue must keep.</summary>
public sealed class DefaultCatalogTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    private static readonly string[] CuratorOrder =
    [
        "beethoven-days-in-a-life-1976",
        "tchaikovsky-1970",
        "violin-player-1974",
        "mozart-and-salieri-1962",
        "musicians-1967",
        "concert-1974",
        "star-of-captivating-happiness-1975",
        "violinist-1987",
        "return-of-the-violin-1972",
        "musician-1988",
    ];

    [Fact]
    public void The_curators_selection_holds_its_ten_films_in_the_curators_order()
    {
        var selection = Catalog.GetSelection("classical-music-in-soviet-cinema");

        selection.Films.Select(f => f.Id).Should().Equal(CuratorOrder);
        selection.Introduction.Should().StartWith("Soviet cinema has a rich history");
        Catalog.Selections[0].Should().BeSameAs(selection);
    }

    [Fact]
    public void Every_selection_film_keeps_the_curators_text_and_a_judged_fact()
    {
        foreach (var film in Catalog.GetSelection("classical-music-in-soviet-cinema").Films)
        {
            film.Description.Should().NotBeNullOrWhiteSpace(film.Id);
            film.ListedAs.Should().NotBeNullOrWhiteSpace(film.Id);
            film.Facts.Should().NotBeEmpty(film.Id);
            film.Facts[0].Note.Should().NotBeNullOrWhiteSpace(film.Id);
        }
    }

    [Fact]
    public void The_six_entries_no_source_confirms_are_unconfirmed_with_no_invented_metadata()
    {
        var unconfirmed = Catalog.Films.Where(f => f.Verification == VerificationStatus.Unconfirmed).ToList();

        unconfirmed.Select(f => f.Id).Should().BeEquivalentTo(
            "violin-player-1974", "musicians-1967", "concert-1974", "violinist-1987", "return-of-the-violin-1972", "musician-1988");
        unconfirmed.Should().AllSatisfy(f =>
        {
            f.Credits.Should().BeEmpty();
            f.Studios.Should().BeEmpty();
            f.Year.Should().BeNull();
            f.ImdbId.Should().BeNull();
            f.VerificationNote.Should().NotBeNullOrWhiteSpace();
        });
    }

    [Fact]
    public void The_four_selection_films_that_exist_are_not_unconfirmed()
    {
        foreach (var id in new[] { "beethoven-days-in-a-life-1976", "tchaikovsky-1970", "mozart-and-salieri-1962", "star-of-captivating-happiness-1975" })
        {
            var film = Catalog.GetFilm(id);
            film.Verification.Should().NotBe(VerificationStatus.Unconfirmed, id);
            film.NamesAs(PersonRole.Director).Should().NotBeEmpty(id);
            film.Year.Should().NotBeNull(id);
        }
    }

    [Fact]
    public void Beethoven_days_in_a_life_is_east_german_not_soviet()
    {
        var film = Catalog.GetFilm("beethoven-days-in-a-life-1976");

        film.Countries.Select(c => c.Code).Should().Equal("DD");
        film.Countries[0].Name.Should().Be("East Germany");
        film.Studios.Should().ContainSingle().Which.Name.Should().Be("DEFA");
        film.NamesAs(PersonRole.Director).Should().Equal("Horst Seemann");
        film.Facts.Should().Contain(f => f.Status == FactStatus.Refuted && f.Statement.Contains("Soviet", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tchaikovsky_1970_is_found_by_every_spelling_and_by_its_decade()
    {
        foreach (var name in new[] { "Чайковский", "Tschaikowsky", "TCHAIKOVSKY", "tchaikovsky" })
        {
            Catalog.Query().WithComposer(name).ToList().Should().Contain(f => f.Id == "tchaikovsky-1970", name);
        }

        var film = Catalog.GetFilm("tchaikovsky-1970");
        film.Year.Should().Be(1970);
        film.NamesAs(PersonRole.Director).Should().Equal("Igor Talankin");

        var seventies = Catalog.Query().ReleasedInDecade(1970).ToList();
        seventies.Should().Contain(film);
        seventies.Should().NotContain(f => f.Id == "mozart-and-salieri-1962");
    }

    [Fact]
    public void Ids_are_unique()
    {
        Catalog.Films.Select(f => f.Id).Should().OnlyHaveUniqueItems();
        Catalog.Composers.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        Catalog.Works.Select(w => w.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_reference_resolves_to_an_entry_of_the_same_catalogue()
    {
        var composers = Catalog.Composers.ToHashSet();
        var works = Catalog.Works.ToHashSet();
        var films = Catalog.Films.ToHashSet();

        Catalog.Films.SelectMany(f => f.Composers).Should().OnlyContain(c => composers.Contains(c.Composer));
        Catalog.Films.SelectMany(f => f.FeaturedWorks).Should().OnlyContain(w => works.Contains(w));
        Catalog.Works.Should().OnlyContain(w => composers.Contains(w.Composer));
        Catalog.Selections.SelectMany(s => s.Films).Should().OnlyContain(f => films.Contains(f));
    }

    [Fact]
    public void Every_film_composer_and_judged_fact_has_a_source()
    {
        Catalog.Films.Should().OnlyContain(f => f.Sources.Count > 0);
        Catalog.Composers.Should().OnlyContain(c => c.Sources.Count > 0);
        Catalog.Films.SelectMany(f => f.Facts)
            .Where(f => f.Status != FactStatus.Unconfirmed)
            .Should().OnlyContain(f => f.Sources.Count > 0);
        Catalog.Films.SelectMany(f => f.Sources).Should().OnlyContain(u => u.Scheme == "http" || u.Scheme == "https");
    }

    [Fact]
    public void Every_film_that_is_not_unconfirmed_has_a_year_an_original_title_and_a_director()
    {
        Catalog.Films.Where(f => f.Verification != VerificationStatus.Unconfirmed).Should().AllSatisfy(f =>
        {
            f.Year.Should().NotBeNull(f.Id);
            f.OriginalTitle.Should().NotBeNullOrWhiteSpace(f.Id);
            f.NamesAs(PersonRole.Director).Should().NotBeEmpty(f.Id);
            f.Kind.Should().NotBeNull(f.Id);
        });
    }

    [Fact]
    public void Every_composer_referenced_by_the_selection_is_known_by_name()
    {
        foreach (var name in new[] { "Beethoven", "Tchaikovsky", "Mozart", "Salieri", "Rimsky-Korsakov", "Tiomkin" })
        {
            Catalog.FindComposer(name).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void Default_is_one_instance()
    {
        FilmCatalog.Default.Should().BeSameAs(FilmCatalog.Default);
    }

    [Fact]
    public void The_data_version_is_set()
    {
        Catalog.DataVersion.Should().MatchRegex(@"^\d{4}\.\d{1,2}\.\d+$");
    }

    [Fact]
    public void Catalogue_collections_cannot_be_changed_through_a_cast()
    {
        var lists = new object[] { Catalog.Films, Catalog.Composers, Catalog.Works, Catalog.Selections, Catalog.Films[0].Sources, Catalog.Films[0].Themes };
        foreach (var list in lists)
        {
            list.GetType().IsArray.Should().BeFalse();
            list.GetType().Name.Should().NotStartWith("List");
            var asList = (System.Collections.IList)list;
            asList.IsReadOnly.Should().BeTrue();
        }

        ((Action)(() => ((IList<Film>)Catalog.Films).RemoveAt(0))).Should().Throw<NotSupportedException>();
    }
}

/// <summary>The full catalogue: the reference films, their composers in every spelling, works and search.</summary>
public sealed class DefaultCatalogContentTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    [Fact]
    public void The_catalogue_holds_the_selection_and_the_reference_films()
    {
        // Sixteen films were held back in data 2026.12.1 for want of two independent sources (data/README.md).
        Catalog.Films.Count.Should().BeGreaterThanOrEqualTo(84);
    }

    [Fact]
    public void Animated_tchaikovsky_films_include_the_nutcracker_and_the_seasons()
    {
        var ids = Catalog.Query().OfKind(FilmKind.Animated).WithComposer("Чайковский").Select(f => f.Id).ToList();

        ids.Should().Contain("nutcracker-1973").And.Contain("seasons-1969");
        Catalog.GetFilm("nutcracker-1973").Kind.Should().Be(FilmKind.Animated);
    }

    [Fact]
    public void Every_kind_of_film_is_in_the_catalogue()
    {
        foreach (var kind in Enum.GetValues<FilmKind>())
        {
            Catalog.Query().OfKind(kind).Should().NotBeEmpty(kind.ToString());
        }
    }

    [Theory]
    [InlineData("Glinka", "Глинка")]
    [InlineData("Mussorgsky", "Мусоргский")]
    [InlineData("Rimsky-Korsakov", "Римский-Корсаков")]
    [InlineData("Tchaikovsky", "Чайковский")]
    [InlineData("Borodin", "Бородин")]
    [InlineData("Prokofiev", "Прокофьев")]
    [InlineData("Shostakovich", "Шостакович")]
    [InlineData("Khachaturian", "Хачатурян")]
    [InlineData("Shchedrin", "Щедрин")]
    [InlineData("Rachmaninoff", "Рахманинов")]
    [InlineData("Mozart", "Моцарт")]
    [InlineData("Beethoven", "Бетховен")]
    [InlineData("Liszt", "Лист")]
    [InlineData("Johann Strauss II", "Штраус")]
    [InlineData("Kálmán", "Кальман")]
    [InlineData("Hajibeyov", "Гаджибеков")]
    public void Each_major_composer_finds_films_by_latin_cyrillic_and_native_name(string latin, string cyrillic)
    {
        var composer = Catalog.GetComposer(latin);
        var films = Catalog.Query().WithComposer(latin).ToList();

        films.Should().NotBeEmpty();
        Catalog.Query().WithComposer(cyrillic).ToList().Should().Equal(films, "{0} is {1}", cyrillic, latin);
        composer.NativeName.Should().NotBeNullOrWhiteSpace();
        Catalog.Query().WithComposer(composer.NativeName!).ToList().Should().Equal(films);
    }

    [Fact]
    public void The_swan_lake_film_and_the_films_that_quote_the_ballet_feature_it_under_its_russian_title()
    {
        var films = Catalog.Query().FeaturingWork("Лебединое озеро").ToList();

        films.Where(f => f.Title == "Swan Lake").Select(f => f.Year).Should().Equal(1968);
        films.Should().HaveCountGreaterThan(2, "Fouetté, The Ballet Soloist and others quote the ballet");
        Catalog.Query().FeaturingWork("swan lake").ToList().Should().Equal(films);
    }

    [Fact]
    public void A_misspelt_tchaikovsky_is_the_first_search_hit()
    {
        Catalog.Search("Tchaikovksy")[0].Composer!.Id.Should().Be("tchaikovsky");
        Catalog.Search("Shostakovitch")[0].Composer!.Id.Should().Be("shostakovich");
    }

    [Fact]
    public void Every_composer_is_credited_in_a_film_or_wrote_a_featured_work()
    {
        // A composer may be in a film as its conductor or soloist only (Fikret Amirov conducts If Not That One).
        var credited = Catalog.Films.SelectMany(f => f.Composers.Select(c => c.Composer))
            .Concat(Catalog.Films.SelectMany(f => f.Credits.Select(c => c.Person).OfType<Composer>()))
            .Concat(Catalog.Works.Select(w => w.Composer))
            .ToHashSet();
        Catalog.Composers.Should().OnlyContain(c => credited.Contains(c));
    }

    [Fact]
    public void Every_work_is_featured_in_a_film()
    {
        var featured = Catalog.Films.SelectMany(f => f.FeaturedWorks).ToHashSet();
        Catalog.Works.Should().OnlyContain(w => featured.Contains(w));
    }

    [Fact]
    public void Unconfirmed_entries_carry_no_themes_or_composers()
    {
        Catalog.Films.Where(f => f.Verification == VerificationStatus.Unconfirmed)
            .Should().OnlyContain(f => f.Themes.Count == 0 && f.Composers.Count == 0);
    }
}
