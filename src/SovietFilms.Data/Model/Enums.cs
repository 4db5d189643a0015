using System;

namespace SovietFilms.Data;

/// <summary>How many values each of the library's enums defines, and whether a value is one, on every target framework.</summary>
internal static class Enums
{
    // The enums run from 0 without gaps, so a count bounds their values. Constants, because counting by reflection
    // costs a fresh process milliseconds on the first load of the catalogue; EnumCountTests holds each to its enum.
    public const int Themes = 17;
    public const int FilmKinds = 6;
    public const int ComposerRoles = 3;
    public const int PersonRoles = 10;
    public const int FactStatuses = 4;
    public const int VerificationStatuses = 3;

    public static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
#if NET
        Enum.IsDefined(value);
#else
        Enum.IsDefined(typeof(TEnum), value);
#endif
}
