using System;

namespace SovietFilms.Data.Reading;

/// <summary>
/// Checks that a source is an absolute http or https URL with a host, as <see cref="Uri"/> reads it: what
/// <see cref="Uri"/> accepts, this accepts, so <see cref="SourceList"/> can make each into a <see cref="Uri"/> later.
/// </summary>
/// <remarks>
/// URLs of the common form are checked by hand: a host name of ASCII letters, digits and hyphens in dot-separated
/// labels (or an IPv4 address), an optional port, then a path, query or fragment of visible characters (letters
/// of any script included). Only the rest go to <see cref="Uri"/>, whose first parse in a process costs
/// milliseconds of set-up that a catalogue of ordinary URLs then never pays. A test holds the hand check to
/// accepting nothing that <see cref="Uri"/> refuses.
/// </remarks>
internal static class HttpUrl
{
    private const int MaxLabelLength = 63;

    public static bool IsAbsolute(string text) => IsCommonForm(text) || IsHttpUri(text);

    private static bool IsHttpUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Whether the URL has the common form that is checked by hand; false says nothing about the rest.</summary>
    internal static bool IsCommonForm(string text)
    {
        var i = text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : -1;
        if (i < 0 || !HostName(text, ref i) || !Port(text, ref i))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is not ('/' or '?' or '#'))
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            var visible = c < 0x80
                ? c is > ' ' and < (char)0x7F and not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
                : char.IsLetterOrDigit(c);
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Labels that start and end with a letter or digit, separated by single dots; a final dot is allowed. A host
    /// of digits only must be an IPv4 address: four numbers from 0 to 255, without leading zeros.
    /// </summary>
    private static bool HostName(string text, ref int i)
    {
        var start = i;
        if (!Labels(text, ref i))
        {
            return false;
        }

        for (var j = start; j < i; j++)
        {
            if (text[j] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                return true;
            }
        }

        return IsIPv4(text.Substring(start, i - start));
    }

    private static bool IsIPv4(string host)
    {
        var parts = host.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            var value = 0;
            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Labels(string text, ref int i)
    {
        var labels = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var length = i - start;
            if (length == 0 || length > MaxLabelLength || text[start] == '-' || text[i - 1] == '-')
            {
                // An empty label is only the nothing after a final dot, and needs a label before it.
                return length == 0 && labels > 0 && text[i - 1] == '.';
            }

            labels++;
            if (i == text.Length || text[i] != '.')
            {
                return true;
            }

            i++;
        }

        return labels > 0;
    }

    private static bool Port(string text, ref int i)
    {
        if (i == text.Length || text[i] != ':')
        {
            return true;
        }

        i++;
        var port = 0;
        var digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9' && digits < 5)
        {
            port = (port * 10) + (text[i] - '0');
            digits++;
            i++;
        }

        return digits > 0 && port <= 65535;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
