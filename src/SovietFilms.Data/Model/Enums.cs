using System;

namespace SovietFilms.Data;

/// <summary>Checks that a value is one of its enum's defined values, on every target framework.</summary>
internal static class Enums
{
    public static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
#if NET
        Enum.IsDefined(value);
#else
        Enum.IsDefined(typeof(TEnum), value);
#endif
}
