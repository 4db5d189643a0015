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
}
