using System;
using System.IO;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Show_prints_the_whole_card_with_every_fact_and_source()
    {
        var run = CliRun.Of("show", "mozart-and-salieri-1962");
        var film = FilmCatalog.Default.GetFilm("mozart-and-salieri-1962");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("Mozart and Salieri (1962)");
        run.Output.Should().Contain("Original title:").And.Contain("Моцарт и Сальери")
            .And.Contain("Vladimir Gorikker").And.Contain("Riga Film Studio")
            .And.Contain("Nikolai Rimsky-Korsakov (music)").And.Contain("Wolfgang Amadeus Mozart (subject)")
            .And.Contain("Listed by the curator as: Mozart and Salieri (1962)")
            .And.Contain("Verification:").And.Contain("corrected");
        foreach (var fact in film.Facts)
        {
            run.Output.Should().Contain(fact.Statement);
        }

        run.Output.Should().Contain("Fact 1:                   [partly true] The film was directed by Vladimir Gorikker").And.Contain("[confirmed]");
        foreach (var source in film.Sources)
        {
            run.Output.Should().Contain(source.OriginalString);
        }
    }

    [Fact]
    public void Show_lists_related_films_with_what_they_share()
    {
        var run = CliRun.Of("show", "silva-1944");
        var related = run.Output[run.Output.IndexOf("Related films", StringComparison.Ordinal)..];

        related.Split('\n').Should().Contain(l => l.StartsWith("1981  Silva", StringComparison.Ordinal) && l.Contains("same title; work The Csárdás Princess; composer Emmerich Kálmán"));
    }

    [Fact]
    public void Kind_filters_the_list_and_an_unknown_kind_is_bad_usage()
    {
        var run = CliRun.Of("list", "--kind", "animated", "--composer", "Чайковский", "--format", "csv");
        run.Output.Should().Contain("nutcracker-1973,").And.Contain("seasons-1969,");
        CliRun.Of("list", "--kind", "cartoon").ExitCode.Should().Be(2);
        CliRun.Of("list", "--kind", "animatd").Error.Should().Contain("did you mean animated?");
    }

    [Theory]
    [InlineData("tchaikovsky-1970")]
    [InlineData("TCHAIKOVSKY-1970")]
    [InlineData("Чайковский")]
    [InlineData("The Star of Captivating Happiness")]
    public void Show_finds_a_film_by_id_or_by_a_title_that_names_one_film(string text)
    {
        var run = CliRun.Of("show", text);
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Id:");
    }

    [Fact]
    public void Show_an_unconfirmed_entry_says_so_and_names_no_people()
    {
        var run = CliRun.Of("show", "concert-1974");

        run.Output.Should().Contain("unconfirmed").And.Contain("Le Concert").And.NotContain("Directed by:").And.NotContain("Cast:");
    }

    [Fact]
    public void Show_a_title_two_films_share_asks_for_the_id()
    {
        var run = CliRun.Of("show", "Silva");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("silva-1944 (1944)").And.Contain("silva-1981 (1981)").And.Contain("give the id");
    }

    [Fact]
    public void Show_an_unknown_film_suggests_the_nearest()
    {
        var run = CliRun.Of("show", "Tchaikovksy");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no film, person or studio 'Tchaikovksy'").And.Contain("did you mean Tchaikovsky (tchaikovsky-1970)");
    }

    [Fact]
    public void Composers_lists_each_composer_with_native_name_life_and_film_count()
    {
        var run = CliRun.Of("composers");
        var tchaikovsky = FilmCatalog.Default.GetComposer("tchaikovsky");
        var count = FilmCatalog.Default.Query().WithComposer("tchaikovsky").Count();

        run.ExitCode.Should().Be(0);
        run.Output.Split('\n').Should().Contain(l => l.StartsWith(tchaikovsky.Name, StringComparison.Ordinal)
            && l.Contains(tchaikovsky.NativeName!) && l.Contains($"{tchaikovsky.BirthYear}–{tchaikovsky.DeathYear}") && l.Contains($" {count} ", StringComparison.Ordinal) && l.TrimEnd().EndsWith($" {tchaikovsky.Id}", StringComparison.Ordinal));
        run.Output.Split('\n').Count(l => l.Length > 0).Should().Be(FilmCatalog.Default.Composers.Count + 2);
    }

    [Fact]
    public void Themes_lists_the_vocabulary_with_meanings_and_counts()
    {
        var run = CliRun.Of("themes");

        run.Output.Should().Contain("coming-of-age").And.Contain("a young musician finding a place in the world");
        run.Output.Split('\n').Should().Contain(l => l.StartsWith("ballet ", StringComparison.Ordinal)
            && l.TrimEnd().EndsWith($" {FilmCatalog.Default.Query().WithTheme(Theme.Ballet).Count()}", StringComparison.Ordinal));
        run.Output.Split('\n').Count(l => l.Length > 0).Should().Be(Enum.GetValues<Theme>().Length + 2);
    }

    [Fact]
    public void Selection_shows_the_curators_ten_films_in_order_with_their_status()
    {
        var run = CliRun.Of("selection");
        var rows = run.Output.Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0])).ToList();

        run.Output.Should().StartWith("Classical Music in Soviet Cinema");
        rows.Should().HaveCount(10);
        rows[0].Should().Contain("Beethoven - Days in a Life (1976)").And.Contain("corrected");
        rows[2].Should().Contain("The Violin Player (1974)").And.Contain("? unconfirmed");
        CliRun.Of("selection", "nope").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Stats_draws_bars_per_decade_theme_and_composer()
    {
        var run = CliRun.Of("stats");

        run.Output.Should().Contain("Films per decade").And.Contain("Films per kind").And.Contain("Films per theme").And.Contain("Films per composer");
        var fifties = FilmCatalog.Default.Query().ReleasedInDecade(1950).VerifiedOnly().Count();
        run.Output.Split('\n').Should().Contain(l => l.TrimStart().StartsWith("1950s", StringComparison.Ordinal) && l.Contains('#') && l.TrimEnd().EndsWith($" {fifties}", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_to_a_file_writes_it_whole_and_says_where()
    {
        var folder = Directory.CreateTempSubdirectory("sovietfilms-export-");
        try
        {
            var path = Path.Combine(folder.FullName, "prokofiev.csv");
            File.WriteAllText(path, "old content");

            var run = CliRun.Of("export", "--format", "csv", "--composer", "prokofiev", "--output", path);

            run.ExitCode.Should().Be(0);
            run.Output.Should().BeEmpty();
            run.Error.Should().Contain($"Wrote {FilmCatalog.Default.Query().WithComposer("prokofiev").Count()} films to {path}");
            File.ReadAllText(path).Should().StartWith("id,title,original_title");
            folder.GetFiles().Should().ContainSingle("the temporary file is moved into place");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_json_of_everything_loads_back_as_the_whole_catalogue()
    {
        var run = CliRun.Of("export", "--format", "json");
        var loaded = FilmCatalog.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(run.Output)));

        loaded.Films.Select(f => f.Id).Should().Equal(FilmCatalog.Default.Films.Select(f => f.Id));
        loaded.Selections.Should().ContainSingle().Which.Films.Should().HaveCount(10);
    }

    [Fact]
    public void Export_to_a_folder_that_does_not_exist_fails_with_exit_code_1_and_leaves_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sovietfilms-missing-" + Guid.NewGuid().ToString("N"));

        var run = CliRun.Of("export", "--format", "json", "--output", Path.Combine(folder, "out.json"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("sovietfilms: cannot write").And.Contain("does not exist");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void Export_to_a_folder_instead_of_a_file_fails_with_exit_code_1()
    {
        var run = CliRun.Of("export", "--format", "csv", "--output", Path.GetTempPath());

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("it is a folder, not a file");
    }

    [Fact]
    public void Show_without_a_name_is_bad_usage()
    {
        var run = CliRun.Of("show", " ");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("show needs a film id or title");
    }

    [Fact]
    public void Export_needs_a_format()
    {
        var run = CliRun.Of("export");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--format");
    }

    [Theory]
    [InlineData("did you mean list?", "lst")]
    [InlineData("did you mean composers?", "composrs")]
    [InlineData("did you mean --year?", "list", "--yaer", "1970")]
    [InlineData("did you mean --sort?", "list", "--sotr", "title")]
    [InlineData("did you mean --format?", "people", "--fromat", "csv")]
    [InlineData("did you mean --help?", "show", "tchaikovsky-1970", "--hlep")]
    [InlineData("did you mean --year?", "export", "--yaer", "1970")]
    public void A_mistyped_command_or_option_is_bad_usage_naming_the_nearest(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("sovietfilms: Unrecognized command or argument").And.Contain(expected);
        run.Error.TrimEnd().Split('\n').Should().ContainSingle();
    }
}
