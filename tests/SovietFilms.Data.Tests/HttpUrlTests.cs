using System;
using System.Linq;
using SovietFilms.Data.Reading;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The loader checks URLs of the common form by hand and leaves the rest to <see cref="Uri"/>; these tests hold
/// the hand check to accepting only what <see cref="Uri"/> accepts, since every source is made into a
/// <see cref="Uri"/> when read, and the whole to accepting what <see cref="Uri"/> accepts.
/// </summary>
public sealed class HttpUrlTests
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
    public void Checks_urls_of_the_common_form_by_hand(string url)
    {
        HttpUrl.IsCommonForm(url).Should().BeTrue();
        HttpUrl.IsAbsolute(url).Should().BeTrue();
        IsHttpUri(url).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://de.wikipedia.org/wiki/Beethoven_–_Tage_aus_einem_Leben")]
    [InlineData("https://ru.wikipedia.org/wiki/«Овод»")]
    [InlineData("https://hi.wikipedia.org/wiki/संगीत")]
    [InlineData("http://пример.рф/")]
    [InlineData("http://under_score.example.org/")]
    [InlineData("http://[::1]/")]
    [InlineData("https://example.org/a b")]
    [InlineData("https://user@example.org/")]
    [InlineData("http://1-1.2.3.4/")]
    public void Leaves_other_urls_to_uri_which_accepts_them(string url)
    {
        HttpUrl.IsCommonForm(url).Should().BeFalse();
        HttpUrl.IsAbsolute(url).Should().BeTrue();
    }

    [Theory]
    [InlineData("http://256.1.1.1/")]
    [InlineData("http://1.2.3.1000/")]
    [InlineData("http://01.2.3.4/")]
    [InlineData("http://1.2.3/")]
    [InlineData("http://1.2.3.4.5/")]
    [InlineData("http://example.org:/")]
    [InlineData("http://example.org:065535/")]
    [InlineData("https://abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwxyz-0123456789.org/")]
    [InlineData("https://-a.org/")]
    [InlineData("https://a-.org/")]
    [InlineData("https://a..org/")]
    [InlineData("https://.org/")]
    [InlineData("https://example.org/\u007F")]
    [InlineData("https://example.org/\"")]
    [InlineData("https://example.org/<")]
    [InlineData("https://example.org/>")]
    [InlineData("https://example.org/\\")]
    [InlineData("https://example.org/^")]
    [InlineData("https://example.org/`")]
    [InlineData("https://example.org/{")]
    [InlineData("https://example.org/|")]
    [InlineData("https://example.org/}")]
    public void Stops_at_each_edge_of_the_common_form(string url)
    {
        HttpUrl.IsCommonForm(url).Should().BeFalse();
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
    public void Refuses_what_uri_refuses(string url)
    {
        HttpUrl.IsAbsolute(url).Should().BeFalse();
    }

    [Fact]
    public void Every_source_in_the_embedded_catalogue_is_of_the_common_form()
    {
        var catalog = FilmCatalog.Default;
        var urls = catalog.Films.SelectMany(f => f.Sources.Concat(f.Facts.SelectMany(x => x.Sources)))
            .Concat(catalog.Composers.SelectMany(c => c.Sources))
            .Concat(catalog.Works.SelectMany(w => w.Sources))
            .Select(u => u.OriginalString)
            .ToList();

        // Every one of the common form: loading the embedded catalogue never pays for Uri's first parse.
        urls.Should().HaveCountGreaterThan(500).And.OnlyContain(u => HttpUrl.IsCommonForm(u) && IsHttpUri(u));
    }

    [Fact]
    public void Whatever_the_hand_check_accepts_uri_accepts()
    {
        // Strings near the boundary: a scheme, host-like pieces, then URL-like pieces with stray characters among them.
        string[] schemes = ["http://", "https://", "HTTP://", "ftp://", "http:/"];
        string[] hosts = ["example", "org", "xn--p1ai", "1", "255", "256", "007", ".", "-", "a-b", "1-1", "_"];
        string[] pieces =
        [
            "example", "org", "1", "256", ".", "..", "-", ":", ":80", ":99999", "/", "/", "?", "#",
            "%20", "%", "a b", "Чайковский", "é", "\\", "@", "[", "]", "\t", "\u0000", "\u00A0", "\u200E", "\uFEFF", "ロ",
            "~", "(", ")", "&", "=", "+", "_", "'", "\"", "<", ">", "{", "|", "^", "`",
        ];
        var random = new Random(20261126);
        var accepted = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var url = schemes[random.Next(schemes.Length)]
                + string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => hosts[random.Next(hosts.Length)]))
                + string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (HttpUrl.IsCommonForm(url))
            {
                accepted++;
                IsHttpUri(url).Should().BeTrue($"the hand check accepted \"{url}\"");
            }
        }

        accepted.Should().BeGreaterThan(2_000, "the generated strings should exercise the accepting paths too");
    }

    private static bool IsHttpUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
