using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace SovietFilms.Data.Tests;

public sealed class LoadOptionsTests
{
    private static readonly string Json = TestCatalog.Sample().ToJson().ToJsonString();

    private static CatalogFormatException LoadFails(string json, CatalogLoadOptions options)
    {
        var act = () => FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), options);
        return act.Should().Throw<CatalogFormatException>().Which;
    }

    [Fact]
    public void The_defaults_are_documented_ones()
    {
        var defaults = CatalogLoadOptions.Default;
        defaults.MaxBytes.Should().Be(64 * 1024 * 1024);
        defaults.MaxDepth.Should().Be(32);
        defaults.MaxStringLength.Should().Be(20_000);
        defaults.MaxListLength.Should().Be(1_000_000);
    }

    [Fact]
    public void Each_bound_can_be_lowered_and_going_past_it_is_a_format_error_naming_it()
    {
        LoadFails(Json, new CatalogLoadOptions(maxBytes: 100)).ProblemTexts().Should().ContainSingle()
            .Which.Should().Be("$: the catalogue is larger than the limit of 100 bytes");
        LoadFails(Json, new CatalogLoadOptions(maxDepth: 3)).ProblemTexts().Should().ContainSingle()
            .Which.Should().Contain("not valid JSON").And.Contain("depth");
        LoadFails(Json, new CatalogLoadOptions(maxStringLength: 5)).ProblemTexts().Should()
            .Contain(p => p.Contains(".title: expected at most 5 characters, found ", StringComparison.Ordinal));
        LoadFails(Json, new CatalogLoadOptions(maxListLength: 2)).ProblemTexts().Should()
            .Contain(p => p.StartsWith("$.films: expected at most 2 items, found 9", StringComparison.Ordinal));
    }

    [Fact]
    public void Raised_bounds_admit_what_the_defaults_refuse()
    {
        var catalog = TestCatalog.Sample().ToJson();
        catalog["films"]![0]!["summary"] = new string('x', 30_000);

        LoadFails(catalog.ToJsonString(), CatalogLoadOptions.Default).ProblemTexts().Should().ContainSingle();
        TestCatalog.LoadJson(catalog.ToJsonString(), new CatalogLoadOptions(maxStringLength: 40_000))
            .Films.Should().HaveCount(9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_bound_below_one_is_refused(int value)
    {
        ((Func<object>)(() => new CatalogLoadOptions(maxBytes: value))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxBytes");
        ((Func<object>)(() => new CatalogLoadOptions(maxDepth: value))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDepth");
        ((Func<object>)(() => new CatalogLoadOptions(maxStringLength: value))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxStringLength");
        ((Func<object>)(() => new CatalogLoadOptions(maxListLength: value))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxListLength");
    }

    [Fact]
    public void Null_options_are_an_argument_error()
    {
        ((Action)(() => FilmCatalog.Load(new MemoryStream(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("options");
    }
}
