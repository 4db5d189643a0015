using System;

namespace SovietFilms.Data;

/// <summary>Checks that a value is one of its enum's defined values, on every target framework.</summary>
internal static class Enums
{
    /// <summary>How many values the enum defines; the library's enums run from 0 without gaps.</summary>
    public static int Count(Type enumType) => Enum.GetNames(enumType).Length;

    public static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
#if NET
        Enum.IsDefined(value);
#else
        Enum.IsDefined(typeof(TEnum), value);
#endif
}
