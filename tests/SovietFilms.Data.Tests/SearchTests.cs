using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

public sealed class SearchTests
{
    private static readonly FilmCatalog Catalog = new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky", "Пётр Ильич Чайковский", "Tschaikowsky", "Czajkowski")
        .Composer("boris-tchaikovsky", "Boris Tchaikovsky", "Борис Александрович Чайковский")
        .Composer("shostakovich", "Dmitri Shostakovich", "Дмитрий Дмитриевич Шостакович", "Schostakowitsch")
        .Composer("rimsky-korsakov", "Nikolai Rimsky-Korsakov", "Николай Андреевич Римский-Корсаков")
        .Composer("korsakov", "Semyon Korsakov")
        .Composer("mozart", "Wolfgang Amadeus Mozart", null, "Моцарт")
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
    public void Shostakovitch_finds_shostakovich()
    {
        var hits = Catalog.Search("Shostakovitch");
        hits.Should().ContainSingle();
        hits[0].Composer!.Id.Should().Be("shostakovich");
        hits[0].Match.Should().Be(SearchMatch.NearMiss);
    }

    [Fact]
    public void Exact_beats_alias_beats_prefix_beats_substring_beats_near_miss()
    {
        Catalog.Search("tchaikovsky").Select(h => h.Match).Should().BeInAscendingOrder();
        Catalog.Search("tchaikovsky").Select(h => h.Score).Should().BeInDescendingOrder();

        Catalog.Search("Mozart")[0].Match.Should().Be(SearchMatch.Exact, "the surname of the name");
        Catalog.Search("Моцарт")[0].Match.Should().Be(SearchMatch.Alias);
        Catalog.Search("The Magic Voyage of Sinbad")[0].Match.Should().Be(SearchMatch.Alias);
        Catalog.Search("magic voyage of sinbad")[0].Match.Should().Be(SearchMatch.Alias, "a leading article is optional");
        Catalog.Search("Queen of Spades")[0].Match.Should().Be(SearchMatch.Exact);
        Catalog.Search("Queen")[0].Match.Should().Be(SearchMatch.Prefix);
        Catalog.Search("kovsk")[0].Match.Should().Be(SearchMatch.Substring);
    }

    [Fact]
    public void A_shared_surname_ranks_the_composer_with_more_films_first_then_films()
    {
        Ids("Tchaikovsky").Should().StartWith(new[] { "tchaikovsky", "boris-tchaikovsky", "tchaikovsky-1970" });
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
    public void Results_are_stable_from_call_to_call()
    {
        var first = Catalog.Search("ov", 10).Concat(Catalog.Search("kov")).Select(h => h.ToString()).ToArray();
        var second = Catalog.Search("ov", 10).Concat(Catalog.Search("kov")).Select(h => h.ToString()).ToArray();
        second.Should().Equal(first);
    }

    [Fact]
    public void Each_entry_appears_once_with_its_best_match()
    {
        var hits = Catalog.Search("tchaikovsky");
        hits.Where(h => h.Composer?.Id == "tchaikovsky").Should().ContainSingle().Which.Match.Should().Be(SearchMatch.Exact);
    }
}
