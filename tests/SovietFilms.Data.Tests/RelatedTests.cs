using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class RelatedTests
{
    [Fact]
    public void Silva_1944_relates_first_to_the_other_silva_and_to_every_film_of_the_same_composer()
    {
        var catalog = FilmCatalog.Default;
        var related = catalog.Related(catalog.GetFilm("silva-1944"), max: 10);

        related[0].Film.Id.Should().Be("silva-1981");
        related[0].SharedWorks.Select(w => w.Title).Should().Equal("The Csárdás Princess");
        related[0].SharedComposers.Select(c => c.Id).Should().Equal("kalman");
        related[0].SameTitle.Should().BeTrue();
        related[0].Reasons().Should().StartWith("same title; work The Csárdás Princess; composer Emmerich Kálmán");
        related.Select(r => r.Score).Should().BeInDescendingOrder();
        var byKalman = catalog.Query().WithComposer("Kálmán").Select(f => f.Id).Where(id => id != "silva-1944").ToHashSet();
        catalog.Related(catalog.GetFilm("silva-1944"), max: catalog.Films.Count)
            .Where(r => byKalman.Contains(r.Film.Id)).Should().HaveCount(byKalman.Count, "every film of the same composer is related")
            .And.OnlyContain(r => r.SharedComposers.Any(c => c.Id == "kalman"));
    }

    [Fact]
    public void A_film_that_shares_nothing_relates_to_nothing()
    {
        var catalog = new TestCatalog()
            .Composer("a", "Anna A").Composer("b", "Boris B")
            .Film("alone-1960", "Alone", 1960, ["comedy"], ["a:score"], directors: ["Director One"])
            .Film("other-1961", "Other", 1961, ["opera"], ["b:music"], directors: ["Director Two"])
            .Load();

        catalog.Related(catalog.GetFilm("alone-1960")).Should().BeEmpty("the same decade alone is no relation");
    }

    [Fact]
    public void Shared_directors_and_themes_count_and_ties_follow_catalogue_order()
    {
        var catalog = new TestCatalog()
            .Composer("a", "Anna A")
            .Film("base-1960", "Base", 1960, ["comedy"], directors: ["Same Director"])
            .Film("z-1961", "Zed", 1961, ["comedy"])
            .Film("b-1975", "Bee", 1975, ["comedy"])
            .Film("d-1980", "Dee", 1980, directors: ["Same Director"])
            .Load();

        var related = catalog.Related(catalog.GetFilm("base-1960"), max: 10);

        related.Select(r => r.Film.Id).Should().Equal("d-1980", "z-1961", "b-1975");
        related[0].SharedPeople.Should().ContainSingle().Which.Person.Name.Should().Be("Same Director");
        related[0].Reasons().Should().Contain("director Same Director");
        related[1].SameDecade.Should().BeTrue();
        related[2].SharedThemes.Should().Equal(Theme.Comedy);
    }

    [Fact]
    public void Related_checks_its_arguments()
    {
        var other = TestCatalog.Sample().Load().Films[0];
        var film = FilmCatalog.Default.Films[0];

        ((Action)(() => FilmCatalog.Default.Related(null!))).Should().Throw<ArgumentNullException>().WithParameterName("film");
        ((Action)(() => FilmCatalog.Default.Related(other))).Should().Throw<ArgumentException>().WithParameterName("film");
        ((Action)(() => FilmCatalog.Default.Related(film, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        FilmCatalog.Default.Related(film, 2).Should().HaveCountLessThanOrEqualTo(2);
    }
}
