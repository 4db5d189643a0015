using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class FilmQueryTests
{
    private static readonly FilmCatalog Catalog = TestCatalog.Sample().Load();

    private static string[] Ids(IEnumerable<Film> films) => films.Select(f => f.Id).ToArray();

    [Fact]
    public void An_empty_query_returns_every_film_by_year_then_title_with_yearless_entries_last()
    {
        Ids(Catalog.Query().ToList()).Should().Equal(
            "swan-lake-1957", "eugene-onegin-1958", "mozart-and-salieri-1962", "swan-lake-1968",
            "tchaikovsky-1970", "boris-film-1975", "new-world-1979", "late-film-1980", "violin-player-1974");
    }

    [Fact]
    public void ReleasedIn_keeps_only_that_year()
    {
        Ids(Catalog.Query().ReleasedIn(1970)).Should().Equal("tchaikovsky-1970");
        Catalog.Query().ReleasedIn(1971).ToList().Should().BeEmpty();
    }

    [Fact]
    public void ReleasedBetween_includes_both_ends()
    {
        Ids(Catalog.Query().ReleasedBetween(1958, 1968)).Should().Equal("eugene-onegin-1958", "mozart-and-salieri-1962", "swan-lake-1968");
    }

    [Fact]
    public void ReleasedBetween_rejects_a_reversed_range_naming_the_argument()
    {
        var act = () => Catalog.Query().ReleasedBetween(1980, 1970);
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "from" && e.Message.Contains("1980") && e.Message.Contains("1970"));
    }

    [Fact]
    public void ReleasedBetween_handles_the_extremes_of_int()
    {
        Catalog.Query().ReleasedBetween(int.MinValue, int.MaxValue).ToList().Should().HaveCount(8, "every film with a year");
        Catalog.Query().ReleasedInDecade(2147483640).ToList().Should().BeEmpty();
        Catalog.Query().ReleasedInDecade(-2147483640).ToList().Should().BeEmpty();
        Catalog.Query().ReleasedIn(int.MaxValue).ToList().Should().BeEmpty("films without a year are not in any year");
    }

    [Fact]
    public void ReleasedInDecade_covers_the_ten_years_from_its_first()
    {
        Ids(Catalog.Query().ReleasedInDecade(1970)).Should().Equal("tchaikovsky-1970", "boris-film-1975", "new-world-1979");
    }

    [Fact]
    public void ReleasedInDecade_rejects_a_year_that_does_not_start_a_decade()
    {
        var act = () => Catalog.Query().ReleasedInDecade(1975);
        act.Should().Throw<ArgumentException>().WithParameterName("decade");
    }

    [Fact]
    public void WithTheme_keeps_films_with_that_theme()
    {
        Ids(Catalog.Query().WithTheme(Theme.Ballet)).Should().Equal("swan-lake-1957", "swan-lake-1968");
    }

    [Fact]
    public void WithAllThemes_needs_every_theme()
    {
        Ids(Catalog.Query().WithAllThemes(Theme.Opera, Theme.Romance)).Should().Equal("eugene-onegin-1958");
    }

    [Fact]
    public void WithAnyTheme_needs_one_of_the_themes()
    {
        Ids(Catalog.Query().WithAnyTheme(Theme.Ballet, Theme.Rivalry)).Should().Equal("swan-lake-1957", "mozart-and-salieri-1962", "swan-lake-1968");
    }

    [Fact]
    public void Theme_filters_reject_empty_null_and_undefined_themes()
    {
        ((Action)(() => Catalog.Query().WithAnyTheme())).Should().Throw<ArgumentException>().WithParameterName("themes");
        ((Action)(() => Catalog.Query().WithAllThemes())).Should().Throw<ArgumentException>().WithParameterName("themes");
        ((Action)(() => Catalog.Query().WithAnyTheme(null!))).Should().Throw<ArgumentNullException>().WithParameterName("themes");
        ((Action)(() => Catalog.Query().WithTheme((Theme)999))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("theme");
        ((Action)(() => Catalog.Query().WithAllThemes(Theme.Opera, (Theme)(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("themes");
    }

    [Theory]
    [InlineData("tchaikovsky")]
    [InlineData("Pyotr Ilyich Tchaikovsky")]
    [InlineData("TCHAIKOVSKY")]
    [InlineData("Tschaikowsky")]
    [InlineData("czajkowski")]
    [InlineData("Чайковский")]
    [InlineData("Пётр Ильич Чайковский")]
    [InlineData("Петр Ильич Чайковский")]
    [InlineData("  pyotr ilyich tchaikovsky! ")]
    public void WithComposer_accepts_any_form_of_the_name(string name)
    {
        Ids(Catalog.Query().WithComposer(name)).Should().Equal("swan-lake-1957", "eugene-onegin-1958", "swan-lake-1968", "tchaikovsky-1970");
    }

    [Theory]
    [InlineData("Dvorak")]
    [InlineData("dvořák")]
    [InlineData("Antonin Dvorak")]
    public void WithComposer_ignores_accents(string name)
    {
        Ids(Catalog.Query().WithComposer(name)).Should().Equal("new-world-1979");
    }

    [Fact]
    public void WithComposer_finds_by_surname_and_by_hyphenated_name_either_way()
    {
        Ids(Catalog.Query().WithComposer("Salieri")).Should().Equal("mozart-and-salieri-1962");
        Ids(Catalog.Query().WithComposer("Rimsky Korsakov")).Should().Equal("mozart-and-salieri-1962");
        Ids(Catalog.Query().WithComposer("Шостакович")).Should().Equal("late-film-1980");
    }

    [Fact]
    public void A_full_name_names_one_composer_even_when_a_surname_is_shared()
    {
        Ids(Catalog.Query().WithComposer("Boris Tchaikovsky")).Should().Equal("boris-film-1975");
        Ids(Catalog.Query().WithComposer("Борис Александрович Чайковский")).Should().Equal("boris-film-1975");
    }

    [Fact]
    public void WithComposer_and_a_role_keeps_only_that_role()
    {
        Ids(Catalog.Query().WithComposer("Tchaikovsky", ComposerRole.Subject)).Should().Equal("tchaikovsky-1970");
        Ids(Catalog.Query().WithComposer("Mozart", ComposerRole.Music)).Should().Equal("mozart-and-salieri-1962");
        Ids(Catalog.Query().WithComposer("tiomkin", ComposerRole.Score)).Should().Equal("tchaikovsky-1970");
        Catalog.Query().WithComposer("tiomkin", ComposerRole.Subject).ToList().Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_composer_yields_no_films()
    {
        Catalog.Query().WithComposer("Beethoven").ToList().Should().BeEmpty();
    }

    [Fact]
    public void WithComposer_rejects_null_blank_and_undefined_roles()
    {
        ((Action)(() => Catalog.Query().WithComposer(null!))).Should().Throw<ArgumentNullException>().WithParameterName("name");
        ((Action)(() => Catalog.Query().WithComposer("  -  "))).Should().Throw<ArgumentException>().WithParameterName("name");
        ((Action)(() => Catalog.Query().WithComposer("mozart", (ComposerRole)7))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
    }

    [Fact]
    public void Matching_searches_english_and_original_titles()
    {
        Ids(Catalog.Query().Matching("swan")).Should().Equal("swan-lake-1957", "swan-lake-1968");
        Ids(Catalog.Query().Matching("лебединое")).Should().Equal("swan-lake-1957");
        Ids(Catalog.Query().Matching("MOZART AND")).Should().Equal("mozart-and-salieri-1962");
        ((Action)(() => Catalog.Query().Matching(" "))).Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void VerifiedOnly_leaves_out_unconfirmed_entries_but_keeps_corrected_ones()
    {
        var films = Catalog.Query().VerifiedOnly().ToList();
        films.Should().HaveCount(8);
        films.Should().NotContain(f => f.Verification == VerificationStatus.Unconfirmed);
        Ids(films).Should().Contain("mozart-and-salieri-1962");
    }

    [Fact]
    public void Filters_combine_as_and()
    {
        Ids(Catalog.Query().ReleasedInDecade(1950).WithComposer("Чайковский").WithTheme(Theme.Opera)).Should().Equal("eugene-onegin-1958");
        Ids(Catalog.Query().WithTheme(Theme.ComingOfAge).VerifiedOnly()).Should().Equal("boris-film-1975");
        Ids(Catalog.Query().WithComposer("tchaikovsky").Matching("lake").ReleasedIn(1968)).Should().Equal("swan-lake-1968");
    }

    [Fact]
    public void A_query_is_an_immutable_value_that_can_be_kept_and_extended()
    {
        var tchaikovsky = Catalog.Query().WithComposer("tchaikovsky");
        var ballets = tchaikovsky.WithTheme(Theme.Ballet);
        var biography = tchaikovsky.WithTheme(Theme.Biography);

        Ids(ballets).Should().Equal("swan-lake-1957", "swan-lake-1968");
        Ids(biography).Should().Equal("tchaikovsky-1970");
        Ids(tchaikovsky).Should().HaveCount(4);
    }

    [Fact]
    public void Changing_the_themes_array_after_the_call_does_not_change_the_query()
    {
        var themes = new[] { Theme.Ballet };
        var query = Catalog.Query().WithAnyTheme(themes);
        themes[0] = Theme.Comedy;

        Ids(query).Should().Equal("swan-lake-1957", "swan-lake-1968");
    }

    [Fact]
    public void Results_cannot_be_changed_through_a_cast()
    {
        var films = Catalog.Query().WithTheme(Theme.Ballet).ToList();

        films.Should().NotBeAssignableTo<Film[]>().And.NotBeAssignableTo<List<Film>>();
        var asList = (IList<Film>)films;
        ((Action)(() => asList[0] = asList[1])).Should().Throw<NotSupportedException>();
        ((Action)(() => asList.Clear())).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void OfKind_keeps_that_kind_and_never_an_unconfirmed_entry()
    {
        var catalog = new TestCatalog()
            .Film("a-1960", "A", 1960, kind: "animated")
            .Film("b-1961", "B", 1961, kind: "feature")
            .Film("u", "U", null, verification: "unconfirmed")
            .Load();

        Ids(catalog.Query().OfKind(FilmKind.Animated)).Should().Equal("a-1960");
        Ids(catalog.Query().OfKind(FilmKind.Feature)).Should().Equal("b-1961");
        catalog.Query().OfKind(FilmKind.Documentary).ToList().Should().BeEmpty();
        ((Action)(() => catalog.Query().OfKind((FilmKind)42))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void A_query_works_with_linq()
    {
        Catalog.Query().WithTheme(Theme.Opera).Select(f => f.Year).Should().Equal(1958, 1962);
    }
}
