using System;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>People and studios in the app: filters, cards and the people list, as a user types them.</summary>
public sealed class PeopleCommandTests
{
    [Fact]
    public void A_person_is_found_by_native_script_full_name_and_surname_alike()
    {
        var cyrillic = CliRun.Of("list", "--person", "Уланова", "--format", "csv");
        var full = CliRun.Of("list", "--person", "Galina Ulanova", "--format", "csv");
        var surname = CliRun.Of("list", "--person", "Ulanova", "--format", "csv");

        cyrillic.ExitCode.Should().Be(0);
        cyrillic.Output.Split('\n').Length.Should().BeGreaterThan(3, "Ulanova is in several films");
        full.Output.Should().Be(cyrillic.Output);
        surname.Output.Should().Be(cyrillic.Output);
    }

    [Fact]
    public void Either_spelling_of_Rappaport_gives_all_three_of_his_films()
    {
        var gerbert = CliRun.Of("list", "--person", "Gerbert Rappaport");
        var herbert = CliRun.Of("list", "--person", "Herbert Rappaport", "--as", "director");

        gerbert.Output.Should().Contain("A Musical Story").And.Contain("Stars of the Russian Ballet").And.Contain("Cheryomushki");
        herbert.Output.Should().Be(gerbert.Output);
    }

    [Fact]
    public void The_card_of_the_Great_Glinka_shows_Lemeshev_singing_for_Chirkov_and_Eugene_Onegin_its_conductor()
    {
        CliRun.Of("show", "great-glinka-1946").Output.Should().Contain("Boris Chirkov: Mikhail Glinka (sung by Sergei Lemeshev)");
        CliRun.Of("show", "eugene-onegin-1958").Output.Should().Contain("Conducted by:").And.Contain("Boris Khaikin");
    }

    [Fact]
    public void Show_with_a_person_s_name_lists_the_person_s_films_by_role()
    {
        var run = CliRun.Of("show", "Lemeshev");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("Sergei Lemeshev").And.Contain("singing-voice").And.Contain("The Great Glinka").And.Contain("Boris Chirkov");
    }

    [Fact]
    public void Show_with_a_studio_s_name_lists_its_films()
    {
        var run = CliRun.Of("show", "Мосфильм");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("Mosfilm").And.Contain("Moscow").And.Contain("great-glinka-1946");
    }

    [Fact]
    public void People_are_sorted_by_surname_with_their_film_counts()
    {
        var run = CliRun.Of("people");
        var rows = run.Output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        var surnames = FilmCatalog.Default.People.Select(p => p.Name.Split(' ').Last(w => w[0] != '(')).ToList();

        run.ExitCode.Should().Be(0);
        rows.Should().HaveCount(FilmCatalog.Default.People.Count);
        rows.Select(r => r.Split("  ")[0].Trim().Split(' ').Last(w => w[0] != '('))
            .Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase).And.BeEquivalentTo(surnames);
    }

    [Fact]
    public void Studio_and_country_filters_narrow_the_list()
    {
        var lenfilm = CliRun.Of("list", "--studio", "Ленфильм", "--format", "csv");
        var germany = CliRun.Of("list", "--country", "dd", "--format", "csv");

        lenfilm.ExitCode.Should().Be(0);
        lenfilm.Output.Should().Contain("lenfilm | Lenfilm").And.NotContain("mosfilm | Mosfilm");
        germany.Output.Should().Contain("beethoven-days-in-a-life-1976");
        germany.Output.Split('\n').Count(l => l.Length > 0).Should().BeLessThan(FilmCatalog.Default.Films.Count / 2);
    }

    [Theory]
    [InlineData(new[] { "list", "--as", "director" }, "--as needs --person")]
    [InlineData(new[] { "list", "--person", "Ulanva" }, "did you mean Galina Ulanova")]
    [InlineData(new[] { "list", "--person", "Ulanova", "--as", "dancr" }, "did you mean dancer")]
    [InlineData(new[] { "list", "--country", "USSR" }, "--country expects an ISO 3166 code")]
    [InlineData(new[] { "list", "--studio", "Mosfim" }, "did you mean Mosfilm")]
    [InlineData(new[] { "list", "--studio", "!!" }, "--studio needs a name with at least one letter")]
    [InlineData(new[] { "export", "--format", "json", "--studio", "" }, "--studio needs a name with at least one letter")]
    public void Bad_person_studio_and_country_values_are_usage_errors_that_say_what_is_wrong(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}
