using System;

namespace SovietFilms.Data;

/// <summary>Checks that a value is one of its enum's defined values, on every target framework.</summary>
internal static class Enums
{
    /// <summary>How many values the enum defines; the library's enums run from 0 without gaps.</summary>
    public static int Count<TEnum>()
        where TEnum : struct, Enum =>
#if NET
        Enum.GetValues<TEnum>().Length;
#else
        Enum.GetValues(typeof(TEnum)).Length;
#endif

    public static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
#if NET
        Enum.IsDefined(value);
#else
        Enum.IsDefined(typeof(TEnum), value);
#endif
}
