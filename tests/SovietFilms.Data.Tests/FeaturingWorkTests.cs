using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class FeaturingWorkTests
{
    private static readonly FilmCatalog Catalog = new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky")
        .Composer("prokofiev", "Sergei Prokofiev")
        .Work("tchaikovsky-swan-lake", "tchaikovsky", "Swan Lake", "Лебединое озеро", "Le Lac des cygnes", "Schwanensee")
        .Work("tchaikovsky-nutcracker", "tchaikovsky", "The Nutcracker", "Щелкунчик")
        .Work("prokofiev-romeo-and-juliet", "prokofiev", "Romeo and Juliet", "Ромео и Джульетта")
        .Film("swan-lake-1957", "Swan Lake", 1957, ["ballet"], ["tchaikovsky:music"], works: ["tchaikovsky-swan-lake"])
        .Film("swan-lake-1968", "Swan Lake", 1968, ["ballet"], ["tchaikovsky:music"], works: ["tchaikovsky-swan-lake"])
        .Film("anthology-1953", "Stars of the Ballet", 1953, ["concert"], ["tchaikovsky:music", "prokofiev:music"], works: ["tchaikovsky-swan-lake", "prokofiev-romeo-and-juliet"])
        .Film("nutcracker-1978", "The Nutcracker", 1978, ["ballet"], ["tchaikovsky:music"], works: ["tchaikovsky-nutcracker"])
        .Load();

    [Theory]
    [InlineData("Лебединое озеро")]
    [InlineData("Swan Lake")]
    [InlineData("swan lake")]
    [InlineData("SWAN-LAKE")]
    [InlineData("Schwanensee")]
    [InlineData("le lac des cygnes")]
    [InlineData("tchaikovsky-swan-lake")]
    public void Any_title_of_a_work_finds_the_same_films(string title)
    {
        Catalog.Query().FeaturingWork(title).Select(f => f.Id).Should().Equal("anthology-1953", "swan-lake-1957", "swan-lake-1968");
    }

    [Fact]
    public void An_unknown_or_partial_title_finds_nothing()
    {
        Catalog.Query().FeaturingWork("Giselle").ToList().Should().BeEmpty();
        Catalog.Query().FeaturingWork("Swan").ToList().Should().BeEmpty("titles match whole, like composer names");
    }

    [Fact]
    public void FeaturingWork_combines_with_other_filters()
    {
        Catalog.Query().FeaturingWork("Swan Lake").WithTheme(Theme.Concert).Select(f => f.Id).Should().Equal("anthology-1953");
        Catalog.Query().FeaturingWork("Ромео и Джульетта").WithComposer("Tchaikovsky").Select(f => f.Id).Should().Equal("anthology-1953");
    }

    [Fact]
    public void FeaturingWork_rejects_null_and_blank_titles()
    {
        ((Action)(() => Catalog.Query().FeaturingWork(null!))).Should().Throw<ArgumentNullException>().WithParameterName("title");
        ((Action)(() => Catalog.Query().FeaturingWork("  "))).Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Films_link_to_the_catalogues_work_objects()
    {
        var film = Catalog.GetFilm("anthology-1953");

        film.FeaturedWorks.Select(w => w.Id).Should().Equal("tchaikovsky-swan-lake", "prokofiev-romeo-and-juliet");
        film.FeaturedWorks[0].Should().BeSameAs(Catalog.Works.Single(w => w.Id == "tchaikovsky-swan-lake"));
        film.FeaturedWorks[0].Composer.Id.Should().Be("tchaikovsky");
        film.FeaturedWorks[0].AlternateTitles.Should().Equal("Le Lac des cygnes", "Schwanensee");
    }
}
