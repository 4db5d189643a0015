using System;
using System.Collections.Generic;
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
    private readonly IReadOnlyList<string> names;
    private readonly byte[][] utf8;

    public NameTable(IReadOnlyList<string> names)
    {
        this.names = names;
        utf8 = new byte[names.Count][];
        for (var i = 0; i < names.Count; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    public int Count => names.Count;

    public string this[int value] => names[value];

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
}
