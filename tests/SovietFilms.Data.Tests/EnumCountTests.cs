using System;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>The enum counts the decoder and the indexes bound values by, held to the enums they count.</summary>
public sealed class EnumCountTests
{
    [Fact]
    public void Each_count_is_its_enums_number_of_values_and_the_values_run_from_zero_without_gaps()
    {
        ShouldCount<Theme>(Enums.Themes);
        ShouldCount<FilmKind>(Enums.FilmKinds);
        ShouldCount<ComposerRole>(Enums.ComposerRoles);
        ShouldCount<PersonRole>(Enums.PersonRoles);
        ShouldCount<FactStatus>(Enums.FactStatuses);
        ShouldCount<VerificationStatus>(Enums.VerificationStatuses);
    }

    private static void ShouldCount<TEnum>(int count)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Array.ConvertAll(values, v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(0, count), $"{typeof(TEnum).Name} should have {count} values, 0 to {count - 1}");
    }
}
