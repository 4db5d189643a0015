using System;
using System.Text;

namespace SovietFilms.Data.Csv;

/// <summary>
/// The data file's kebab-case name of an enum value (<c>coming-of-age</c> for <see cref="Theme.ComingOfAge"/>).
/// Kept here rather than borrowed from the core's internals, so the two packages couple only through public API.
/// </summary>
internal static class KebabCase
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }
}
