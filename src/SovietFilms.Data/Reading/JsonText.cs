using System;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Whether a JSON string's raw bytes decode to text: valid UTF-8, and no escaped surrogate without its pair. Checked
/// before decoding, so that refusing a file of a million bad strings costs no exception per string (it cost two,
/// and 87 s for 12 million).
/// </summary>
internal static class JsonText
{
    /// <param name="raw">The string's bytes between the quotes, as the reader found them; its escapes are well formed.</param>
    /// <param name="escaped">Whether <paramref name="raw"/> holds escapes.</param>
    public static bool IsValid(ReadOnlySpan<byte> raw, bool escaped) => IsUtf8(raw) && (!escaped || HasPairedSurrogates(raw));

    private static bool HasPairedSurrogates(ReadOnlySpan<byte> raw)
    {
        var highPending = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                if (highPending)
                {
                    return false;
                }

                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                if (highPending)
                {
                    return false;
                }

                i++;
                continue;
            }

            var unit = Hex(raw.Slice(i + 2, 4));
            i += 5;
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (isLow != highPending)
            {
                return false;
            }

            highPending = isHigh;
        }

        return !highPending;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10,
            };
        }

        return value;
    }

#if NET
    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
#else
    /// <summary>Well-formed UTF-8 as Unicode defines it: no overlong forms, no encoded surrogates, nothing past U+10FFFF.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            var (length, min, max) = lead switch
            {
                >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
                0xE0 => (3, 0xA0, 0xBF),
                0xED => (3, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
                0xF0 => (4, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
                0xF4 => (4, 0x80, 0x8F),
                _ => (0, 0, 0),
            };
            if (length == 0 || i + length > bytes.Length || bytes[i + 1] < min || bytes[i + 1] > max)
            {
                return false;
            }

            for (var k = 2; k < length; k++)
            {
                if (bytes[i + k] is < 0x80 or > 0xBF)
                {
                    return false;
                }
            }

            i += length;
        }

        return true;
    }
#endif
}
