using System;
using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data.Reading;

/// <summary>The kebab-case names that the data file uses for each enum value (<c>coming-of-age</c> for <see cref="Theme.ComingOfAge"/>).</summary>
internal static class JsonNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<TEnum, string> ByValue = [];

#pragma warning disable CA1810 // One loop fills both maps; an initializer per field would walk the values twice.
    static JsonNames()
#pragma warning restore CA1810
    {
#if NET
        var values = Enum.GetValues<TEnum>();
#else
        var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
        foreach (var value in values)
        {
            var name = ToKebabCase(value.ToString());
            ByName.Add(name, value);
            ByValue.Add(value, name);
        }
    }

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string Name(TEnum value) => ByValue[value];

    private static string ToKebabCase(string pascalCase)
    {
        var kebab = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    kebab.Append('-');
                }

                kebab.Append(char.ToLowerInvariant(c));
            }
            else
            {
                kebab.Append(c);
            }
        }

        return kebab.ToString();
    }
}
