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

        System.Span<char> buffer = stackalloc char[160];
        NameNormalizer.TryNormalize(input, buffer, out var written).Should().BeTrue();
        buffer[..written].ToString().Should().Be(expected, "the allocation-free form agrees with the string form");
    }

    [Fact]
    public void The_allocation_free_form_declines_what_it_cannot_hold_rather_than_guess()
    {
        System.Span<char> small = stackalloc char[3];
        NameNormalizer.TryNormalize("Tchaikovsky", small, out _).Should().BeFalse();
        System.Span<char> buffer = stackalloc char[160];
        NameNormalizer.TryNormalize("x\ud800", buffer, out _).Should().BeFalse();
        NameNormalizer.TryNormalize(new string('a', 65), buffer, out _).Should().BeFalse();
    }

    [Fact]
    public void Normalize_keeps_short_i_apart_from_i()
    {
        NameNormalizer.Normalize("й").Should().NotBe(NameNormalizer.Normalize("и"));
    }
}
