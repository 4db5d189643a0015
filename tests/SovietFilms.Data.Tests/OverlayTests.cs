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
                    Id = $"f{i}-2000", Title = $"F{i}", Year = 2000, Kind = FilmKind.Feature, Countries = ["SU"], Themes = [Theme.Biography],
                    Composers = [new CreditEntry($"c{i}", ComposerRole.Score)], Summary = "An overlay.", Verification = VerificationStatus.Verified, Sources = ["https://example.org/f"],
                })
                .Build())
            .ToList();

        var combined = await System.Threading.Tasks.Task.Run(() => overlays.Aggregate(FilmCatalog.Default, (catalog, overlay) => catalog.With(overlay)));

        combined.Films.Should().HaveCount(FilmCatalog.Default.Films.Count + 2_000);
        combined.DataVersion.Length.Should().BeGreaterThan(20_000);
        combined.DataVersion.Should().EndWith("+overlay-1999-with-a-long-data-version");
    }

    [Fact]
    public void With_rejects_null()
    {
        ((Action)(() => FilmCatalog.Default.With(null!))).Should().Throw<ArgumentNullException>().WithParameterName("extra");
    }
}
