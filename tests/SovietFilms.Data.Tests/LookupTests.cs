using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Tests;

public sealed class LookupTests
{
    private static readonly FilmCatalog Catalog = TestCatalog.Sample().Load();

    [Fact]
    public void FindFilm_finds_by_id_ignoring_case_and_returns_null_otherwise()
    {
        Catalog.FindFilm("tchaikovsky-1970")!.Title.Should().Be("Tchaikovsky");
        Catalog.FindFilm("TCHAIKOVSKY-1970")!.Id.Should().Be("tchaikovsky-1970");
        Catalog.FindFilm("tchaikovsky-1969").Should().BeNull();
    }

    [Fact]
    public void GetFilm_throws_a_not_found_exception_naming_the_id_and_data_version()
    {
        var act = () => Catalog.GetFilm("no-such-film");
        act.Should().Throw<KeyNotFoundException>().Where(e => e.Message.Contains("no-such-film") && e.Message.Contains("test.1"));
    }

    [Fact]
    public void Lookups_reject_null()
    {
        ((Action)(() => Catalog.FindFilm(null!))).Should().Throw<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => Catalog.GetFilm(null!))).Should().Throw<ArgumentNullException>().WithParameterName("id");
        ((Action)(() => Catalog.FindComposer(null!))).Should().Throw<ArgumentNullException>().WithParameterName("nameOrId");
        ((Action)(() => Catalog.GetComposer(null!))).Should().Throw<ArgumentNullException>().WithParameterName("nameOrId");
        ((Action)(() => Catalog.FindSelection(null!))).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Theory]
    [InlineData("tchaikovsky")]
    [InlineData("Tschaikowsky")]
    [InlineData("Чайковский")]
    [InlineData("PYOTR ILYICH TCHAIKOVSKY")]
    public void FindComposer_accepts_any_form_of_the_name(string name)
    {
        Catalog.FindComposer(name)!.Id.Should().Be("tchaikovsky");
    }

    [Fact]
    public void FindComposer_returns_null_for_an_unknown_or_blank_name()
    {
        Catalog.FindComposer("Beethoven").Should().BeNull();
        Catalog.FindComposer("   ").Should().BeNull();
    }

    [Fact]
    public void GetComposer_explains_an_unknown_name()
    {
        var act = () => Catalog.GetComposer("Beethoven");
        act.Should().Throw<KeyNotFoundException>().Where(e => e.Message.Contains("Beethoven") && e.Message.Contains("test.1"));
    }

    [Fact]
    public void A_surname_two_composers_share_is_ambiguous_for_lookups_but_finds_both_in_queries()
    {
        var catalog = new TestCatalog()
            .Composer("a", "Anna Schwartz")
            .Composer("b", "Boris Schwartz")
            .Film("f1", "One", 1960, credits: ["a:score"])
            .Film("f2", "Two", 1961, credits: ["b:score"])
            .Load();

        catalog.FindComposer("Schwartz").Should().BeNull();
        var act = () => catalog.GetComposer("Schwartz");
        act.Should().Throw<KeyNotFoundException>().Where(e => e.Message.Contains("Anna Schwartz (a)") && e.Message.Contains("Boris Schwartz (b)"));
        catalog.Query().WithComposer("schwartz").ToList().Should().HaveCount(2);
        catalog.FindComposer("Boris Schwartz")!.Id.Should().Be("b");
    }

    [Fact]
    public void Selections_are_found_by_id_with_their_films_in_order()
    {
        Catalog.GetSelection("picks").Films.Should().Equal(
            Catalog.GetFilm("violin-player-1974"), Catalog.GetFilm("tchaikovsky-1970"), Catalog.GetFilm("swan-lake-1957"));
        Catalog.FindSelection("nope").Should().BeNull();
        ((Action)(() => Catalog.GetSelection("nope"))).Should().Throw<KeyNotFoundException>().WithMessage("*nope*test.1*");
    }

    [Fact]
    public void Film_credits_link_to_the_catalogues_composer_objects()
    {
        var film = Catalog.GetFilm("tchaikovsky-1970");

        film.Composers.Should().HaveCount(3);
        film.Composers[0].Composer.Should().BeSameAs(Catalog.GetComposer("tchaikovsky"));
        film.Composers[0].Role.Should().Be(ComposerRole.Subject);
        film.Composers[2].Composer.Id.Should().Be("tiomkin");
        film.Composers[2].Role.Should().Be(ComposerRole.Score);
    }
}
