using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SovietFilms.Data.Csv;

using static SovietFilms.Data.Tests.TestCatalog;

namespace SovietFilms.Data.Tests;

/// <summary>What an independent review of the builder found, each now held: one problem per fault, at its own place.</summary>
public sealed class ReviewRegressionTests
{
    private static CatalogFormatException Fails(Func<FilmCatalog> build) => build.Should().Throw<CatalogFormatException>().Which;

    [Fact]
    public void An_undefined_verification_status_in_code_is_one_problem_not_a_crash()
    {
        var builder = new FilmCatalogBuilder("v")
            .Add(new FilmEntry { Id = "f-1960", Title = "F", Summary = "S", Verification = (VerificationStatus)99, Sources = ["https://example.org/f"] });

        Fails(builder.Build).Problems.Should().ContainSingle().Which.Should().Match<CatalogProblem>(p => p.Kind == CatalogProblemKind.InvalidValue && p.Field == "verification");
    }

    [Fact]
    public void A_list_with_an_item_of_the_wrong_type_is_reported_once_and_not_checked_by_shifted_positions()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["composers"] = new JsonArray(new JsonObject { ["id"] = "tchaikovsky", ["role"] = "bogus" }, new JsonObject { ["id"] = "nobody", ["role"] = "music" });
        FirstFilm(catalog)["works"] = new JsonArray(5, "no-such-work");
        catalog["selections"]![0]!["films"] = new JsonArray(true, "nope");

        var problems = Fails(() => LoadJson(catalog.ToJsonString())).ProblemTexts();

        problems.Should().BeEquivalentTo(
            "$.films[0] (film \"swan-lake-1957\").composers[0].role: expected one of subject, music, score; found the string \"bogus\"",
            "$.films[0] (film \"swan-lake-1957\").works[0]: expected a string, found the number 5",
            "$.selections[0] (selection \"picks\").films[0]: expected a string, found the boolean true");
    }

    [Fact]
    public void An_unconfirmed_format_one_film_with_a_list_of_the_wrong_type_still_breaks_the_policy()
    {
        var catalog = SwanLake();
        catalog["format"] = 1;
        FirstFilm(catalog)["verification"] = "unconfirmed";
        FirstFilm(catalog)["verificationNote"] = "Not found.";
        FirstFilm(catalog)["directors"] = new JsonArray(5);

        Fails(() => LoadJson(catalog.ToJsonString())).ProblemTexts().Should().Contain(
            "$.films[0] (film \"swan-lake-1957\").directors: an unconfirmed film cannot name directors: no source confirms the film");
    }

    [Fact]
    public void Overlays_and_subsets_never_refuse_records_that_were_already_checked()
    {
        var longVersion = new string('v', 15_000);
        var a = new FilmCatalogBuilder(longVersion).Build();
        var b = new FilmCatalogBuilder(longVersion).Build();

        a.With(b).DataVersion.Should().HaveLength(30_001);
        var joined = FilmCatalog.Default.With(a).With(b);
        joined.Subset(joined.Films.Take(3)).Films.Should().HaveCount(3);
        joined.Subset([joined.GetFilm("tchaikovsky-1970")]).Selections.Should().ContainSingle().Which.Films.Should().ContainSingle();
    }

    [Theory]
    [InlineData("tiomkin | score | Dimitri Tiomkin", "Bad | score | Dimitri Tiomkin", "composers")]
    [InlineData("https://en.wikipedia.org/wiki/Tchaikovsky_(film)", "not-a-url", "sources")]
    public void A_bad_csv_cell_is_one_problem_at_its_own_cell(string good, string bad, string column)
    {
        var csv = Csv([FilmCatalog.Default.GetFilm("tchaikovsky-1970")]);
        var last = csv.LastIndexOf(good, StringComparison.Ordinal);
        csv = csv[..last] + bad + csv[(last + good.Length)..];

        var problem = Fails(() => FilmCsv.Read(new StringReader(csv))).Problems.Should().ContainSingle().Subject;

        (problem.Row, problem.Column, problem.Line).Should().Be(((int?)2, column, (int?)2));
    }

    [Fact]
    public void A_work_s_bad_composer_is_reported_in_the_works_column()
    {
        var csv = Csv([FilmCatalog.Default.GetFilm("tchaikovsky-1970")])
            .Replace("tchaikovsky-nutcracker | The Nutcracker | tchaikovsky |", "tchaikovsky-nutcracker | The Nutcracker | Bad Comp |", StringComparison.Ordinal);

        var problem = Fails(() => FilmCsv.Read(new StringReader(csv))).Problems.Should().ContainSingle().Subject;

        (problem.Column, problem.EntryKind, problem.Field).Should().Be(("works", (CatalogEntryKind?)CatalogEntryKind.Work, "composer"));
    }

    private static string Csv(Film[] films)
    {
        var writer = new StringWriter();
        FilmCsv.Write(films, writer);
        return writer.ToString();
    }
}
