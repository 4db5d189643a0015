using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The source policy of data/README.md, enforced on the shipped catalogue: no page of a forbidden kind, well-formed
/// addresses, IMDb pages of the film's own id, two independent sources per film with one of record, a page cited for
/// one film, nothing cited only to aggregators.
/// </summary>
public sealed partial class SourcePolicyTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;
    private static readonly SourceHosts Hosts = SourceHosts.Repository;

    /// <summary>Pages cited for two films, or for a film and a work, because they are about both; each with why.</summary>
    private static readonly Dictionary<string, string> AboutBoth = new(StringComparer.Ordinal)
    {
        ["https://chapaev.media/articles/9876"] = "an essay on Tsekhanovsky's two animated operas with Shostakovich, the unfinished Balda and the Mouse",
        ["https://belcanto.ru/ballet_hooligan.html"] = "the ballet's page, which tells of its 1970 film-ballet",
        ["http://www.pro-ballet.ru/html/a/anna-karenina.html"] = "the Russian Ballet encyclopedia's entry on the ballet, which tells of its 1974 film-ballet",
        ["https://muzlifemagazine.ru/kadry-muzyki"] = "a magazine's report on a festival of music films, which describes the stereo Concert of 1941 and Piesis's Richter film",
    };

    [Fact]
    public void No_source_is_a_page_of_a_forbidden_kind()
    {
        Citations().Where(c => SourceHosts.Forbidden.Contains(Hosts.KindOf(c.Url)))
            .Select(c => $"{c.Owner}: {Hosts.KindOf(c.Url)} {c.Url.OriginalString}")
            .ShouldListNone("copies, proxies, video re-hosts, SEO pages and piracy are never a source (data/README.md, Sources)");
    }

    [Fact]
    public void Every_source_is_a_well_formed_address()
    {
        Citations().Select(c => (c.Owner, c.Url, Problem: Malformation(c.Url.OriginalString)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Owner}: {x.Url.OriginalString}: {x.Problem}")
            .ShouldListNone();
    }

    [Theory]
    [InlineData("https://fantlab.ru./film14562", "its host ends in a dot")]
    [InlineData("http://5.180.24.3/info/leningrad-symphony-(film)", "its host is an IP address")]
    [InlineData("https://www.culture.ru:443/live/movies/10667", "it names a port")]
    [InlineData("http://the-uncensored-wiki.com:20082/articles/x.html", "it names a port")]
    [InlineData("http://www.li.ru/interface//pda/", "its path has an empty segment (//)")]
    [InlineData("https://ru.wikipedia.org/wiki/Соло_(фильм)", "it is not ASCII: percent-encode the path")]
    [InlineData("https://ru.wikipedia.org/wiki/%D0%A1%D0", "a percent escape is not UTF-8")]
    [InlineData("https://ru.wikipedia.org/wiki/100%_film", "a % is not followed by two hex digits")]
    [InlineData("https://ru.m.wikipedia.org/wiki/Solo", "a Wikipedia article is cited as https://<language>.wikipedia.org/wiki/<title>")]
    [InlineData("https://en.wikipedia.org/wiki/?oldid=957590237&title=X", "a Wikipedia article is cited as https://<language>.wikipedia.org/wiki/<title>")]
    [InlineData("https://www.imdb.com/title/tt00065127/", "an IMDb title is https://www.imdb.com/title/tt<7 or 8 digits>/")]
    [InlineData("https://s.media-imdb.com/title/tt0495546", "an IMDb title is https://www.imdb.com/title/tt<7 or 8 digits>/")]
    [InlineData("HTTPS://example.org/", "the scheme is http or https, in lower case")]
    [InlineData("https://Example.org/", "the host is in lower case")]
    public void A_malformed_address_is_named_with_what_is_wrong(string url, string problem)
    {
        Malformation(url).Should().Be(problem);
    }

    [Theory]
    [InlineData("https://ru.wikipedia.org/wiki/%D0%A1%D0%BE%D0%BB%D0%BE_(%D1%84%D0%B8%D0%BB%D1%8C%D0%BC)")]
    [InlineData("https://www.imdb.com/title/tt0065127/")]
    [InlineData("https://www.imdb.com/title/tt10650127/")]
    [InlineData("http://megabook.ru/article?%D0%9F%D0%A0")]
    [InlineData("https://culture.ru/movies/782/snegurochka")]
    public void A_well_formed_address_passes(string url)
    {
        Malformation(url).Should().BeNull();
    }

    [Fact]
    public void An_imdb_page_cited_for_a_film_is_the_page_of_its_imdb_id()
    {
        var cited = Catalog.Films.SelectMany(f => FilmCitations(f).Select(u => (Film: f, Url: u)))
            .Where(x => ImdbTitle(x.Url) is not null)
            .ToList();

        cited.Should().NotBeEmpty("films cite IMDb pages");
        cited.Where(x => ImdbTitle(x.Url) != x.Film.ImdbId)
            .Select(x => $"{x.Film.Id} (imdbId {x.Film.ImdbId ?? "none"}): {x.Url.OriginalString}")
            .ShouldListNone("an IMDb page cited for a film is that film's, and shows its imdbId");
    }

    [Fact]
    public void Every_film_that_exists_has_two_sources_from_different_publishers_one_of_them_of_record()
    {
        var weak = Catalog.Films.Where(f => f.Verification != VerificationStatus.Unconfirmed)
            .Select(f => (Film: f, Independent: f.Sources.Where(u => Hosts.KindOf(u) != "aggregator").Select(Hosts.PublisherOf).Distinct().Count(), OfRecord: f.Sources.Any(Hosts.IsOfRecord)))
            .Where(x => x.Independent < 2 || !x.OfRecord)
            .Select(x => $"{x.Film.Id}: {x.Independent} publisher(s) besides aggregators, {(x.OfRecord ? "one" : "none")} of record: {string.Join(' ', x.Film.Sources.Select(u => u.Host))}")
            .ToList();

        weak.ShouldListNone("a film rests on two independent sources, one a database, encyclopedia, archive or book");
    }

    [Fact]
    public void A_page_is_cited_for_one_film_and_not_for_a_work_unless_it_is_about_both()
    {
        // An unconfirmed entry cites the pages of the real films it is confused with: that is what they are for.
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var film in Catalog.Films.Where(f => f.Verification != VerificationStatus.Unconfirmed))
        {
            foreach (var url in FilmCitations(film))
            {
                OwnersOf(url).Add($"film {film.Id}");
            }
        }

        foreach (var work in Catalog.Works)
        {
            work.Sources.ToList().ForEach(u => OwnersOf(u).Add($"work {work.Id}"));
        }

        owners.Where(o => o.Value.Any(v => v.StartsWith("film ", StringComparison.Ordinal)) && o.Value.Count > 1 && !AboutBoth.ContainsKey(o.Key))
            .Select(o => $"{o.Key}: {string.Join(", ", o.Value)}")
            .ShouldListNone("a page about one film is no source for another film or for a work");
        AboutBoth.Keys.Where(u => !owners.TryGetValue(u, out var o) || o.Count < 2)
            .ShouldListNone("every page excused as being about two entries is still cited for two");

        SortedSet<string> OwnersOf(Uri url) =>
            owners.TryGetValue(url.OriginalString, out var set) ? set : owners[url.OriginalString] = new SortedSet<string>(StringComparer.Ordinal);
    }

    [Fact]
    public void A_composers_life_years_are_read_on_a_page_that_is_not_a_films()
    {
        // A film's page may name its composer, and so be the source of a composer known only from it; it is no
        // source for when the composer lived.
        var filmPages = Catalog.Films.SelectMany(FilmCitations).Select(u => u.OriginalString).ToHashSet(StringComparer.Ordinal);

        Catalog.Composers.Where(c => (c.BirthYear is not null || c.DeathYear is not null) && c.Sources.All(u => filmPages.Contains(u.OriginalString)))
            .Select(c => c.Id)
            .ShouldListNone("life years rest on a page about the composer");
    }

    [Fact]
    public void Nothing_is_cited_only_to_aggregators()
    {
        Citations().GroupBy(c => c.Owner)
            .Where(g => g.All(c => Hosts.KindOf(c.Url) == "aggregator"))
            .Select(g => g.Key)
            .ShouldListNone("a listing site or a copy of a film database is never the only source of anything");
    }

    [Fact]
    public void The_data_readme_counts_the_sources_by_kind()
    {
        var expected = RenderKindTable();
        RepositoryFiles.Read("data/README.md").Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain(
            expected, "data/README.md must count the sources as they are; replace its table of sources by kind with:\n{0}", expected);
    }

    /// <summary>The data README's table: per kind of page, the URLs cited as films' own sources and everywhere else.</summary>
    internal static string RenderKindTable()
    {
        var cited = Citations().Select(c => (Kind: Hosts.KindOf(c.Url), c.OfFilm)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Sources of data version {Catalog.DataVersion}, by kind of page (`data/source-hosts.json`):\n\n");
        text.Append("| kind | films' own sources | credits, facts and entries | all |\n|---|---:|---:|---:|\n");
        foreach (var kind in Hosts.Kinds.Append(SourceHosts.Other))
        {
            var films = cited.Count(c => c.Kind == kind && c.OfFilm);
            var others = cited.Count(c => c.Kind == kind && !c.OfFilm);
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | {films} | {others} | {films + others} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| **all** | {cited.Count(c => c.OfFilm)} | {cited.Count(c => !c.OfFilm)} | {cited.Count} |\n\n");

        // A film whose sources of record are all one publisher's: what its other sources do not repeat rests on that one.
        var single = Catalog.Films.Where(f => f.Verification != VerificationStatus.Unconfirmed)
            .Where(f => f.Sources.Where(Hosts.IsOfRecord).Select(Hosts.PublisherOf).Distinct().Count() == 1)
            .ToList();
        text.Append(CultureInfo.InvariantCulture, $"{single.Count} films have one publisher of record; their values that no other source repeats rest on it:\n\n");
        foreach (var film in single)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{film.Id}`: {string.Join(", ", film.Sources.Where(Hosts.IsOfRecord).Select(u => u.Host).Distinct())}\n");
        }

        return text.ToString();
    }

    /// <summary>What is wrong with <paramref name="url"/> by the policy's rules for addresses, or null.</summary>
    internal static string? Malformation(string url)
    {
        if (!url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith("http://", StringComparison.Ordinal))
        {
            return "the scheme is http or https, in lower case";
        }

        if (url.Any(c => c > '~' || c <= ' '))
        {
            return "it is not ASCII: percent-encode the path";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "it is not an absolute URL";
        }

        var authority = url[(url.IndexOf("//", StringComparison.Ordinal) + 2)..].Split('/', '?', '#')[0];
        return authority switch
        {
            _ when authority.Any(char.IsUpper) => "the host is in lower case",
            _ when authority.Contains(':', StringComparison.Ordinal) => "it names a port",
            _ when authority.Contains('@', StringComparison.Ordinal) => "it carries a user name",
            _ when authority.EndsWith('.') => "its host ends in a dot",
            _ when uri.HostNameType != UriHostNameType.Dns => "its host is an IP address",
            _ when uri.AbsolutePath.Contains("//", StringComparison.Ordinal) => "its path has an empty segment (//)",
            _ when BadEscape().IsMatch(url) => "a % is not followed by two hex digits",
            _ when !EscapesAreUtf8(url) => "a percent escape is not UTF-8",
            _ when authority.EndsWith(".wikipedia.org", StringComparison.Ordinal) && !WikipediaArticle().IsMatch(url) => "a Wikipedia article is cited as https://<language>.wikipedia.org/wiki/<title>",
            _ when (authority.Contains("imdb", StringComparison.Ordinal) && url.Contains("/title/", StringComparison.Ordinal)) && !ImdbTitleUrl().IsMatch(url) => "an IMDb title is https://www.imdb.com/title/tt<7 or 8 digits>/",
            _ => null,
        };
    }

    private static bool EscapesAreUtf8(string url)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(url);
        try
        {
            _ = new UTF8Encoding(false, true).GetString(System.Net.WebUtility.UrlDecodeToBytes(bytes, 0, bytes.Length));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? ImdbTitle(Uri url) => ImdbTitleUrl().Match(url.OriginalString) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Every source of a film: its own, its credits' and its facts'.</summary>
    private static IEnumerable<Uri> FilmCitations(Film film) =>
        film.Sources.Concat(film.Credits.SelectMany(c => c.Sources)).Concat(film.Facts.SelectMany(f => f.Sources));

    /// <summary>
    /// Every cited URL with the list it is in (a film's own, a credit's, a fact's, or an entry's), and whether that is
    /// a film's own list of sources.
    /// </summary>
    internal static IEnumerable<(string Owner, Uri Url, bool OfFilm)> Citations() =>
        Catalog.Films.SelectMany(f =>
                Cited($"film {f.Id}", f.Sources, ofFilm: true)
                    .Concat(f.Credits.SelectMany(c => Cited($"film {f.Id}, credit {c.Person.Id} {c.Role}", c.Sources)))
                    .Concat(f.Facts.SelectMany((fact, i) => Cited($"film {f.Id}, fact {i + 1}", fact.Sources))))
            .Concat(Catalog.Composers.SelectMany(c => Cited($"composer {c.Id}", c.Sources)))
            .Concat(Catalog.People.SelectMany(p => Cited($"person {p.Id}", p.Sources)))
            .Concat(Catalog.Works.SelectMany(w => Cited($"work {w.Id}", w.Sources)))
            .Concat(Catalog.Studios.SelectMany(s => Cited($"studio {s.Id}", s.Sources)));

    private static IEnumerable<(string Owner, Uri Url, bool OfFilm)> Cited(string owner, IReadOnlyList<Uri> sources, bool ofFilm = false) =>
        sources.Select(u => (owner, u, ofFilm));

    [GeneratedRegex("%(?![0-9A-Fa-f]{2})")]
    private static partial Regex BadEscape();

    [GeneratedRegex(@"^https://[a-z][a-z-]*\.wikipedia\.org/wiki/[^?#]+$")]
    private static partial Regex WikipediaArticle();

    [GeneratedRegex(@"^https://www\.imdb\.com/title/(tt(?:[0-9]{7}|[1-9][0-9]{7}))/$")]
    private static partial Regex ImdbTitleUrl();
}

/// <summary>Lists every offender at once, one a line, where FluentAssertions would show the first.</summary>
internal static class OffenderAssertions
{
    public static void ShouldListNone(this IEnumerable<string> offenders, string because = "", params object[] becauseArgs) =>
        string.Join('\n', offenders).Should().BeEmpty(because, becauseArgs);
}
