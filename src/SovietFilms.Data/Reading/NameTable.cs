using System;
using System.Text;
using System.Text.Json;

namespace SovietFilms.Data.Reading;

/// <summary>
/// The JSON names of an enum's values, indexed by value (the enums number their values from 0, in order), with
/// their UTF-8 bytes so a name in the data is matched where it lies, without decoding it into a string.
/// </summary>
/// <remarks>
/// Plain arrays rather than a dictionary per enum: a generic map over each enum type is code the JIT compiles
/// anew for every type on the first load, and the longest list here has twenty-two names.
/// </remarks>
internal sealed class NameTable
{
    private readonly string[] names;
    private readonly byte[][] utf8;

    private NameTable(string[] names)
    {
        this.names = names;
        utf8 = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    public int Count => names.Length;

    public string this[int value] => names[value];

    /// <summary>Values in kebab case, as the data file writes them: <c>coming-of-age</c> for <c>ComingOfAge</c>.</summary>
    public static NameTable KebabCase(Type enumType) => new(Convert(Enum.GetNames(enumType), '-'));

    /// <summary>Field names in camel case: <c>runtimeMinutes</c> for <c>RuntimeMinutes</c>.</summary>
    public static NameTable CamelCase(Type enumType) => new(Convert(Enum.GetNames(enumType), separator: null));

    /// <summary>The value whose name the reader's current string or property name is; -1 if none.</summary>
    public int Find(ref Utf8JsonReader json)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (json.ValueTextEquals(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => string.Join(", ", names);

    private static string[] Convert(string[] pascalCase, char? separator)
    {
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var name = pascalCase[i];
            var converted = new StringBuilder(name.Length + 4);
            for (var j = 0; j < name.Length; j++)
            {
                if (char.IsUpper(name[j]))
                {
                    if (j == 0)
                    {
                        converted.Append(char.ToLowerInvariant(name[j]));
                        continue;
                    }

                    if (separator is { } s)
                    {
                        converted.Append(s).Append(char.ToLowerInvariant(name[j]));
                        continue;
                    }
                }

                converted.Append(name[j]);
            }

            pascalCase[i] = converted.ToString();
        }

        return pascalCase;
    }
}
