using System.Globalization;
using System.Text;

namespace SovietFilms.Cli;

/// <summary>
/// A message as the terminal may see it: every control character, line separator and bidirectional override in it
/// written as <c>\uXXXX</c>, so that text from the command line or a file name can never move the cursor, set the
/// window title or forge a line. The catalogue's own text cannot hold such characters; the library refuses them.
/// </summary>
internal static class Terminal
{
    public static string Clean(string message)
    {
        var clean = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                clean.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
