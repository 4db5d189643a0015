using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>One public vocabulary: every enum value has one data name, which parses back, and every theme one definition.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Data_names_are_kebab_case_of_the_member_names()
    {
        DataNames.Format(Theme.ComingOfAge).Should().Be("coming-of-age");
        DataNames.Format(Theme.LiteraryAdaptation).Should().Be("literary-adaptation");
        DataNames.Format(FilmKind.TelevisionFilm).Should().Be("television-film");
        DataNames.Format(FilmKind.MiniSeries).Should().Be("mini-series");
        DataNames.Format(ComposerRole.Score).Should().Be("score");
        DataNames.Format(FactStatus.PartlyTrue).Should().Be("partly-true");
        DataNames.Format(VerificationStatus.Unconfirmed).Should().Be("unconfirmed");
    }

    [Fact]
    public void Every_value_of_every_enum_parses_back_from_its_name()
    {
        foreach (var value in Enum.GetValues<Theme>())
        {
            DataNames.TryParse(DataNames.Format(value), out Theme parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }

        foreach (var value in Enum.GetValues<FilmKind>())
        {
            DataNames.TryParse(DataNames.Format(value), out FilmKind parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }

        foreach (var value in Enum.GetValues<ComposerRole>())
        {
            DataNames.TryParse(DataNames.Format(value), out ComposerRole parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }

        foreach (var value in Enum.GetValues<FactStatus>())
        {
            DataNames.TryParse(DataNames.Format(value), out FactStatus parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }

        foreach (var value in Enum.GetValues<VerificationStatus>())
        {
            DataNames.TryParse(DataNames.Format(value), out VerificationStatus parsed).Should().BeTrue();
            parsed.Should().Be(value);
        }
    }

    [Theory]
    [InlineData("ComingOfAge")]
    [InlineData("coming of age")]
    [InlineData("Coming-Of-Age")]
    [InlineData("")]
    [InlineData("jazz")]
    public void Parsing_is_exact(string name)
    {
        DataNames.TryParse(name, out Theme value).Should().BeFalse();
        value.Should().Be(default(Theme));
    }

    [Fact]
    public void Undefined_values_and_null_names_are_argument_errors()
    {
        FluentActions.Invoking(() => DataNames.Format((Theme)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => DataNames.Format((FactStatus)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => DataNames.TryParse(null!, out Theme _)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => ThemeDefinitions.Of((Theme)17)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("theme");
    }

    [Fact]
    public void Every_theme_has_its_own_definition()
    {
        var definitions = Enum.GetValues<Theme>().Select(t => ThemeDefinitions.Of(t)).ToList();
        definitions.Should().OnlyHaveUniqueItems().And.NotContain(d => string.IsNullOrWhiteSpace(d));
        ThemeDefinitions.Of(Theme.Biography).Should().Be("the life of a real composer or performer");
        ThemeDefinitions.Of(Theme.LiteraryAdaptation).Should().Be("based on a literary work");
    }

    [Fact]
    public void The_data_readme_documents_each_theme_with_its_definition()
    {
        var readme = RepositoryFiles.Read("data/README.md");
        foreach (var theme in Enum.GetValues<Theme>())
        {
            readme.Should().Contain($"| `{DataNames.Format(theme)}` | {ThemeDefinitions.Of(theme)} |", "the README's table gives every theme its data name and definition");
        }
    }

    [Theory]
    [InlineData("biograpy", "biography")]
    [InlineData("BALET", "ballet")]
    [InlineData("comingofage", "coming-of-age")]
    [InlineData("lit", "literary-adaptation")]
    public void Spelling_finds_the_intended_name(string typed, string expected)
    {
        var names = Enum.GetValues<Theme>().Select(t => DataNames.Format(t));
        Spelling.Closest(typed, names).Should().StartWith(expected);
    }

    [Fact]
    public void Spelling_returns_nothing_for_a_word_far_from_every_candidate_and_checks_its_arguments()
    {
        Spelling.Closest("xylophone", ["opera", "ballet"]).Should().BeEmpty();
        Spelling.Closest("opra", ["opera", "opera", "operetta"], max: 1).Should().Equal("opera");
        FluentActions.Invoking(() => Spelling.Closest(null!, ["a"])).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => Spelling.Closest("a", null!)).Should().Throw<ArgumentNullException>().WithParameterName("candidates");
        FluentActions.Invoking(() => Spelling.Closest("a", [null!])).Should().Throw<ArgumentNullException>().WithParameterName("candidates");
        FluentActions.Invoking(() => Spelling.Closest("a", ["a"], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
    }
}
