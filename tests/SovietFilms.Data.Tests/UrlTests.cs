using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>Sources are absolute http or https URLs with a host, exactly as <see cref="Uri"/> reads them.</summary>
public sealed class UrlTests
{
    [Theory]
    [InlineData("https://en.wikipedia.org/wiki/Tchaikovsky_(1970_film)")]
    [InlineData("http://megabook.ru/article?%D0%9F%D0%A0")]
    [InlineData("https://ru.wikipedia.org/wiki/Чайковский_(фильм)")]
    [InlineData("https://fantlab.ru./work1")]
    [InlineData("http://5.180.24.3/info/leningrad-symphony-(film)")]
    [InlineData("https://example.org:8080")]
    [InlineData("HTTPS://EXAMPLE.ORG/#top")]
    [InlineData("https://xn--h1ajim.xn--p1ai/")]
    [InlineData("http://1.2.3.4/")]
    [InlineData("http://255.255.255.255:65535/")]
    [InlineData("http://249.199.99.9/")]
    [InlineData("http://a/")]
    [InlineData("http://z/")]
    [InlineData("http://A/")]
    [InlineData("http://Z:9999")]
    [InlineData("http://example.org.")]
    [InlineData("https://example.org/!~")]
    [InlineData("https://abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwxyz0123456789.org/")]
    [InlineData("https://de.wikipedia.org/wiki/Beethoven_–_Tage_aus_einem_Leben")]
    [InlineData("https://ru.wikipedia.org/wiki/«Овод»")]
    [InlineData("https://hi.wikipedia.org/wiki/संगीत")]
    [InlineData("http://пример.рф/")]
    [InlineData("http://under_score.example.org/")]
    [InlineData("http://[::1]/")]
    [InlineData("https://example.org/a b")]
    [InlineData("https://user@example.org/")]
    [InlineData("http://1-1.2.3.4/")]
    public void Accepts_absolute_http_urls_that_uri_reads(string url)
    {
        Building.EntryCheck.IsHttpUrl(url).Should().BeTrue();
        Load(url).Films[0].Sources[0].OriginalString.Should().Be(url);
    }

    [Theory]
    [InlineData("ftp://example.org/film")]
    [InlineData("/films/1")]
    [InlineData("not a url")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("https://exa mple.org/")]
    [InlineData("https://example.org:65536/")]
    [InlineData("https://example.org:-1/")]
    public void Refuses_what_uri_refuses_or_reads_as_another_scheme(string url)
    {
        Building.EntryCheck.IsHttpUrl(url).Should().BeFalse();
        var act = () => Load(url);
        act.Should().Throw<CatalogFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<CatalogProblem>(p => p.Kind == CatalogProblemKind.InvalidValue && p.Field == "sources" && p.Message == $"expected an absolute http or https URL, found \"{url}\"");
    }

    private static FilmCatalog Load(string url)
    {
        var catalog = TestCatalog.SwanLake();
        TestCatalog.FirstFilm(catalog)["sources"] = new System.Text.Json.Nodes.JsonArray(url);
        return TestCatalog.LoadJson(catalog.ToJsonString());
    }
}
