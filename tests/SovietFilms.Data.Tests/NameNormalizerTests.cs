using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Tests;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Tchaïkovski", "tchaikovski")]
    [InlineData("Rimsky-Korsakov", "rimskykorsakov")]
    [InlineData("  Antonín  Dvořák ", "antonindvorak")]
    [InlineData("Пётр", "петр")]
    [InlineData("ЧАЙКОВСКИЙ", "чайковский")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Hacıbəyov", "hacibeyov")]
    [InlineData("Kálmán Imre", "kalmanimre")]
    [InlineData("Symphony No. 9", "symphonyno9")]
    [InlineData("?!- ", "")]
    [InlineData("Æsop Łódź Øre", "aesoplodzore")]
    [InlineData("Йоланта Ёлка", "йолантаелка")]
    [InlineData("Петр Ильич Чайковский", "петрильиччайковский")]
    [InlineData("Čajkovskij", "cajkovskij")]
    [InlineData("Черёмушки", "черемушки")]
    [InlineData("ẞ STRAẞE", "ssstrasse")]
    [InlineData("ﬁnale ﬂute", "finaleflute")]
    [InlineData("ＴＣＨＡＩＫＯＶＳＫＹ １８４０", "tchaikovsky1840")]
    [InlineData("Viét Nam", "vietnam")]
    [InlineData("Йоланта", "йоланта")]
    [InlineData("Ὀδυσσεύς", "οδυσσευς")]
    public void Normalize_folds_case_accents_and_punctuation(string input, string expected)
    {
        NameNormalizer.Normalize(input).Should().Be(expected);
    }

    [Fact]
    public void Normalize_drops_unpaired_surrogates()
    {
        NameNormalizer.Normalize("x\ud800y").Should().Be("xy");
        NameNormalizer.Normalize("x\udc00y\ud83c\udfb5").Should().Be("xy");
    }

    [Theory]
    [InlineData("Tchai\uFFFEkovsky")]
    [InlineData("Tchai\uFFFFkovsky")]
    [InlineData("\uFFFETchaikovsky\uFFFE")]
    public void Normalize_drops_the_noncharacters_that_normalization_refuses(string text)
    {
        NameNormalizer.Normalize(text).Should().Be("tchaikovsky");
    }

    [Fact]
    public void Normalize_keeps_short_i_apart_from_i()
    {
        NameNormalizer.Normalize("й").Should().NotBe(NameNormalizer.Normalize("и"));
    }

    [Fact]
    public void Normalize_is_total_and_idempotent_over_every_BMP_code_point()
    {
        var failures = Enumerable.Range(0, char.MaxValue + 1)
            .Select(i => ((char)i).ToString())
            .Where(c => NameNormalizer.Normalize(NameNormalizer.Normalize(c)) != NameNormalizer.Normalize(c))
            .Select(c => $"U+{(int)c[0]:X4}")
            .ToList();

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Normalize_is_idempotent_over_random_strings_of_any_code_points()
    {
        var random = new Random(15);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(40); i > 0; i--)
            {
                text.Append((char)random.Next(char.MaxValue + 1));
            }

            var once = NameNormalizer.Normalize(text.ToString());
            NameNormalizer.Normalize(once).Should().Be(once, "of {0}", string.Concat(text.ToString().Select(c => $"\\u{(int)c:X4}")));
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Normalize_costs_one_pass_over_a_long_run_of_combining_marks()
    {
        // ICU's decomposition sorts a run of marks, at the square of its length: 125 KiB took seconds.
        var marks = "a" + new string('\u0301', 1_000_000) + new string('\u0308', 1_000_000) + "b";

        var normalized = await Task.Run(() => NameNormalizer.Normalize(marks));

        normalized.Should().Be("ab");
    }
}
