using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class SearchTests
{
    private static readonly FilmCatalog Catalog = new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky", "Пётр Ильич Чайковский", "Tschaikowsky", "Czajkowski", "Чайковский")
        .Composer("boris-tchaikovsky", "Boris Tchaikovsky", "Борис Александрович Чайковский")
        .Composer("shostakovich", "Dmitri Shostakovich", "Дмитрий Дмитриевич Шостакович", "Schostakowitsch")
        .Composer("rimsky-korsakov", "Nikolai Rimsky-Korsakov", "Николай Андреевич Римский-Корсаков")
        .Composer("korsakov", "Semyon Korsakov")
        .Composer("mozart", "Wolfgang Amadeus Mozart", null, "Моцарт")
        .Composer("isaac-schwartz", "Isaac Schwartz", "Исаак Иосифович Шварц")
        .Composer("lev-schwartz", "Lev Schwartz")
        .Composer("liszt", "Franz Liszt", "Liszt Ferenc", "Лист")
        .Composer("farkas", "Ferenc Farkas", "Farkas Ferenc")
        .Film("tchaikovsky-1970", "Tchaikovsky", 1970, ["biography"], ["tchaikovsky:subject"], originalTitle: "Чайковский")
        .Film("swan-lake-1957", "Swan Lake", 1957, ["ballet"], ["tchaikovsky:music"], originalTitle: "Лебединое озеро")
        .Film("queen-of-spades-1960", "The Queen of Spades", 1960, ["opera"], ["tchaikovsky:music"], originalTitle: "Пиковая дама")
        .Film("boris-1975", "Boris Film", 1975, ["comedy"], ["boris-tchaikovsky:score"])
        .Film("sadko-1953", "Sadko", 1953, ["opera"], ["rimsky-korsakov:music"], originalTitle: "Садко", alternateTitles: ["The Magic Voyage of Sinbad"])
        .Load();

    private static string[] Ids(string text, int max = 10) =>
        Catalog.Search(text, max).Select(h => h.Composer?.Id ?? h.Film!.Id).ToArray();

    [Theory]
    [InlineData("Tchaikovksy")]
    [InlineData("tchaikovsky")]
    [InlineData("Чайковский")]
    [InlineData("Tschaikowsky")]
    [InlineData("Pyotr Tchaikovsky")]
    public void Every_form_of_tchaikovskys_name_ranks_him_first(string text)
    {
        Ids(text)[0].Should().Be("tchaikovsky");
    }

    [Fact]
    public void A_typo_is_a_near_miss_and_says_what_it_matched()
    {
        var hit = Catalog.Search("Tchaikovksy")[0];

        hit.Composer!.Id.Should().Be("tchaikovsky");
        hit.Match.Should().Be(SearchMatch.NearMiss);
        hit.MatchedText.Should().BeOneOf("tchaikovsky", "Tschaikowsky", "Pyotr Ilyich Tchaikovsky");
        hit.Score.Should().BeInRange(0.2, 0.3);
    }

    [Fact]
    public void Shostakovitch_is_a_spelling_of_shostakovich_as_lookups_take_it()
    {
        var hits = Catalog.Search("Shostakovitch");
        hits.Should().ContainSingle();
        hits[0].Composer!.Id.Should().Be("shostakovich");
        hits[0].Match.Should().Be(SearchMatch.Exact);
    }

    [Fact]
    public void A_typing_slip_in_a_name_is_a_near_miss()
    {
        var hits = Catalog.Search("Shostakovisch");
        hits.Should().ContainSingle();
        hits[0].Composer!.Id.Should().Be("shostakovich");
        hits[0].Match.Should().Be(SearchMatch.NearMiss);
    }

    [Fact]
    public void Exact_beats_alias_beats_prefix_beats_substring_beats_near_miss()
    {
        Catalog.Search("tchaikovsky").Select(h => h.Match).Should().BeInAscendingOrder();
        Catalog.Search("tchaikovsky").Select(h => h.Score).Should().BeInDescendingOrder();

        Catalog.Search("Mozart")[0].Match.Should().Be(SearchMatch.Exact, "name lookups resolve it to Mozart alone");
        Catalog.Search("Моцарт")[0].Match.Should().Be(SearchMatch.Exact, "an alias that names one composer is as good as the name");
        Catalog.Search("Schwartz").Take(2).Should().OnlyContain(h => h.Match == SearchMatch.Alias, "a surname two composers share names neither exactly");
        Catalog.Search("The Magic Voyage of Sinbad")[0].Match.Should().Be(SearchMatch.Alias);
        Catalog.Search("magic voyage of sinbad")[0].Match.Should().Be(SearchMatch.Alias, "a leading article is optional");
        Catalog.Search("Queen of Spades")[0].Match.Should().Be(SearchMatch.Exact);
        Catalog.Search("Queen")[0].Match.Should().Be(SearchMatch.Prefix);
        Catalog.Search("kovsk")[0].Match.Should().Be(SearchMatch.Substring);
    }

    [Fact]
    public void A_name_lookups_resolve_ranks_that_composer_exactly_and_namesakes_lower()
    {
        Ids("Tchaikovsky").Should().StartWith(new[] { "tchaikovsky", "tchaikovsky-1970", "boris-tchaikovsky" });
        Catalog.Search("Tchaikovsky").Single(h => h.Composer?.Id == "boris-tchaikovsky").Match.Should().Be(SearchMatch.Prefix);
    }

    [Fact]
    public void Given_names_in_eastern_order_are_not_surnames()
    {
        Catalog.Search("Ferenc").Should().NotContain(h => h.Match == SearchMatch.Exact || h.Match == SearchMatch.Alias);
        Catalog.Query().WithComposer("Ferenc").ToList().Should().BeEmpty();
        Ids("Liszt")[0].Should().Be("liszt");
        Ids("Лист")[0].Should().Be("liszt");
    }

    [Fact]
    public void Equal_scores_are_ordered_composers_first_then_by_film_count_then_name_then_id()
    {
        var catalog = new TestCatalog()
            .Composer("b-composer", "Zed Samename")
            .Composer("a-composer", "Abe Samename")
            .Composer("busy", "Bob Samename")
            .Film("f1", "Samename Story", 1960, credits: ["busy:score"])
            .Film("f2", "Other", 1961, credits: ["busy:music"])
            .Load();

        var hits = catalog.Search("samenam");
        hits.Select(h => h.Composer?.Id ?? h.Film!.Id).Should().Equal("busy", "a-composer", "b-composer", "f1");
        TestCatalog.LoadJson(RoundTrip(catalog)).Search("samenam").Select(h => h.ToString())
            .Should().Equal(hits.Select(h => h.ToString()), "the order depends on the data only, not on the instance");
    }

    [Fact]
    public void An_empty_result_is_a_read_only_list_not_an_array()
    {
        var none = Catalog.Search("zzzzzzzzzzzz");
        none.Should().BeEmpty();
        none.GetType().IsArray.Should().BeFalse();
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_searched_without_it()
    {
        Ids("Tchaikovsky\ud800")[0].Should().Be("tchaikovsky");
        ((System.Action)(() => Catalog.Query().WithComposer("\ud800"))).Should().Throw<System.ArgumentException>().WithParameterName("name");
    }

    private static string RoundTrip(FilmCatalog catalog)
    {
        using var stream = new System.IO.MemoryStream();
        catalog.WriteJson(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Korsakov_ranks_the_composer_of_that_surname_above_rimsky_korsakov()
    {
        var hits = Catalog.Search("Korsakov");

        hits.Select(h => h.Composer?.Id).Take(2).Should().Equal("korsakov", "rimsky-korsakov");
        hits[0].Match.Should().Be(SearchMatch.Exact);
        hits[1].Match.Should().Be(SearchMatch.Prefix, "Korsakov starts a word of Rimsky-Korsakov");
        Ids("Rimsky-Korsakov")[0].Should().Be("rimsky-korsakov");
        Ids("Rimsky Korsakov").Should().NotContain("korsakov");
        Ids("Римский-Корсаков")[0].Should().Be("rimsky-korsakov");
    }

    [Fact]
    public void Cyrillic_and_latin_forms_of_a_title_find_the_same_film()
    {
        Ids("Лебединое озеро")[0].Should().Be("swan-lake-1957");
        Ids("swan lake")[0].Should().Be("swan-lake-1957");
        Ids("Пиковая")[0].Should().Be("queen-of-spades-1960");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("--")]
    [InlineData("the")]
    [InlineData("of the")]
    [InlineData("и")]
    public void Blank_input_and_bare_common_words_find_nothing(string text)
    {
        Catalog.Search(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ko")]
    public void Text_too_short_for_a_partial_match_finds_only_exact_names(string text)
    {
        Catalog.Search(text).Should().BeEmpty();
    }

    [Fact]
    public void Short_typos_are_not_near_misses()
    {
        Catalog.Search("Sadco").Should().ContainSingle().Which.Film!.Id.Should().Be("sadko-1953");
        Catalog.Search("Sdk").Should().BeEmpty("three letters are too few to guess at");
    }

    [Fact]
    public void Max_limits_the_hits_and_must_be_positive()
    {
        Catalog.Search("tchaikovsky", max: 2).Should().HaveCount(2);
        ((Action)(() => Catalog.Search("x", 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        ((Action)(() => Catalog.Search(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Each_entry_appears_once_with_its_best_match()
    {
        var hits = Catalog.Search("tchaikovsky");
        hits.Where(h => h.Composer?.Id == "tchaikovsky").Should().ContainSingle().Which.Match.Should().Be(SearchMatch.Exact);
    }
}
