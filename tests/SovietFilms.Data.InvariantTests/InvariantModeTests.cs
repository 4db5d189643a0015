using System.Globalization;
using System.Text;

namespace SovietFilms.Data.Tests;

/// <summary>What only this project can show: that it runs without ICU, and that names fold here as they do with ICU.</summary>
public sealed class InvariantModeTests
{
    [Fact]
    public void This_project_runs_without_ICU()
    {
        var act = () => CultureInfo.GetCultureInfo("ru-RU");
        act.Should().Throw<CultureNotFoundException>("InvariantGlobalization knows only the invariant culture");
        "é".Normalize(NormalizationForm.FormD).Should().Be("é", "without ICU, string.Normalize decomposes nothing");
    }

    [Fact]
    public void Every_BMP_code_point_folds_as_it_does_with_ICU()
    {
        NormalizerFingerprint.OfEveryBmpCodePoint().Should().Be(NormalizerFingerprint.Expected);
    }

    [Theory]
    [InlineData("Петр Ильич Чайковский")]
    [InlineData("Tchaïkovski")]
    [InlineData("Čajkovskij")]
    [InlineData("ЧАЙКОВСКИЙ")]
    public void The_embedded_catalogue_finds_Tchaikovsky_as_people_type_him(string name)
    {
        FilmCatalog.Default.FindComposer(name)!.Id.Should().Be("tchaikovsky");
        FilmCatalog.Default.Query().WithComposer(name).ToList().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Kalman", "kalman")]
    [InlineData("Kálmán", "kalman")]
    public void The_embedded_catalogue_finds_accented_names_either_way(string name, string id)
    {
        FilmCatalog.Default.FindComposer(name)!.Id.Should().Be(id);
    }
}
