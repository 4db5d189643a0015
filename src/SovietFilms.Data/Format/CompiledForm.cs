using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace SovietFilms.Data.Format;

// The compiled form of a checked catalogue, which the package embeds instead of its JSON: the same entries, field
// by field (CompiledCatalog.cs), with every string once in a pool stored as UTF-16, so that decoding builds strings
// by copying and parses no text. The form is a signature, the format version, the pool (its count, then each string
// as its length and its characters), then the entries. Numbers are unsigned LEB128 varints; a reference to a string
// is its index in the pool plus one, 0 for absent; an optional number or choice is its value plus one, 0 for absent;
// a list is its count, then its items.

/// <summary>Writes the compiled form: the entries as they come, each string into the pool at its first use; <see cref="ToArray"/> puts the pool first.</summary>
internal sealed class CompiledWriter
{
    private readonly List<byte> body = [];
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> pool = [];

    public void Number(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The compiled form holds no negative number.");
        }

        var rest = (uint)value;
        while (rest >= 0x80)
        {
            body.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        body.Add((byte)rest);
    }

    public void Optional(int? value) => Number(value is { } number ? checked(number + 1) : 0);

    public void Text(string? text)
    {
        if (text is null)
        {
            Number(0);
            return;
        }

        if (!indexes.TryGetValue(text, out var index))
        {
            index = pool.Count;
            indexes.Add(text, index);
            pool.Add(text);
        }

        Number(index + 1);
    }

    /// <summary>A nested form, such as one to decode later: its length, then its bytes.</summary>
    public void Block(byte[] bytes)
    {
        Number(bytes.Length);
        body.AddRange(bytes);
    }

    public void Texts(IReadOnlyList<string> texts)
    {
        Number(texts.Count);
        foreach (var text in texts)
        {
            Text(text);
        }
    }

    /// <summary>The whole form: the signature, the format version, the string pool, then the entries.</summary>
    public byte[] ToArray()
    {
        var header = new CompiledWriter();
        header.body.AddRange(CompiledForm.Magic);
        header.Number(CompiledForm.Version);
        header.Number(pool.Count);
        foreach (var text in pool)
        {
            header.Number(text.Length);
            foreach (var c in text)
            {
                header.body.Add((byte)c);
                header.body.Add((byte)(c >> 8));
            }
        }

        header.body.AddRange(body);
        return [.. header.body];
    }
}

/// <summary>
/// Reads the compiled form. Every read is checked against the form's bounds, counts, references and vocabulary, so
/// damage to its structure is an <see cref="InvalidDataException"/>; it carries no checksum, so a changed character
/// of a string reads as another string. The form comes from the build, inside the assembly.
/// </summary>
internal ref struct CompiledReader
{
    private readonly ReadOnlySpan<byte> data;
    private readonly string[] pool;
    private int position;

    public CompiledReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        if (data.Length < CompiledForm.Magic.Length || !data.Slice(0, CompiledForm.Magic.Length).SequenceEqual(CompiledForm.Magic))
        {
            throw Damaged("it does not start with the compiled catalogue's signature");
        }

        position = CompiledForm.Magic.Length;
        var version = Number();
        if (version != CompiledForm.Version)
        {
            throw Damaged($"it is of format version {version}, and this library reads version {CompiledForm.Version}");
        }

        pool = new string[Count()];
        for (var i = 0; i < pool.Length; i++)
        {
            var bytes = Take(checked(Count() * 2));
            pool[i] = BitConverter.IsLittleEndian ? MemoryMarshal.Cast<byte, char>(bytes).ToString() : BigEndian(bytes);
        }
    }

    public readonly bool AtEnd => position == data.Length;

    public int Number()
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                throw Damaged("it ends in the middle of a value");
            }

            var b = data[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                // Every number of the form is a count, an index or a year: never negative.
                return value <= int.MaxValue && (shift < 28 || b < 0x10) ? (int)value : throw Damaged($"a number at byte {position} is larger than {int.MaxValue}");
            }
        }

        throw Damaged($"a number at byte {position} is longer than five bytes");
    }

    /// <summary>A count or length: never more than the bytes left could hold, so a damaged form cannot ask for a huge array.</summary>
    public int Count()
    {
        var count = Number();
        return count <= data.Length - position ? count : throw Damaged($"a count at byte {position} ({count}) is larger than what follows");
    }

    public int? Optional() => Number() is var value and > 0 ? value - 1 : null;

    public string? Text()
    {
        var reference = Number();
        return reference == 0 ? null
            : reference <= pool.Length ? pool[reference - 1]
            : throw Damaged($"a string reference at byte {position} ({reference}) is outside the pool of {pool.Length}");
    }

    public string RequiredText() => Text() ?? throw Damaged($"a required string at byte {position} is absent");

    public IReadOnlyList<string> Texts()
    {
        var texts = new string[Count()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = RequiredText();
        }

        return ReadOnly.Wrap(texts);
    }

    /// <summary>A nested form <see cref="CompiledWriter.Block"/> wrote, copied out.</summary>
    public byte[] Block() => Take(Count()).ToArray();

    /// <summary>An enum's value, written as its number: the library's enums run from 0 without gaps.</summary>
    public int Below(int count)
    {
        var value = Number();
        return value < count ? value : throw Damaged($"a value at byte {position} ({value}) is not below {count}");
    }

    public int? OptionalBelow(int count)
    {
        var value = Optional();
        return value is null || value < count ? value : throw Damaged($"a value at byte {position} ({value}) is not below {count}");
    }

    public static InvalidDataException Damaged(string why) => new($"The compiled catalogue is damaged: {why}.");

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > data.Length - position)
        {
            throw Damaged("it ends in the middle of a value");
        }

        var span = data.Slice(position, length);
        position += length;
        return span;
    }

    private static string BigEndian(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }
}

/// <summary>What identifies the compiled form: its signature and the version of its layout, raised on any change to it.</summary>
internal static class CompiledForm
{
    public const int Version = 2;

    public static readonly byte[] Magic = "SFCC"u8.ToArray();
}
