using System.IO;
using System.Text;

namespace SovietFilms.Data.Tests;

/// <summary>
/// Catalogues shaped to hurt, at any size: generated rather than mutated from a seed, so that the tests and the
/// benchmarks (which compile this file in) meet the sizes where a super-linear cost shows. Each is valid JSON or CSV.
/// </summary>
internal static class HostileShapes
{
    private const string Root = "{\"format\": 1, \"dataVersion\": \"hostile\", ";

    /// <summary>An ignored field with a name of <paramref name="size"/> characters over <paramref name="size"/>/10 strings that are not text.</summary>
    public static byte[] LongKeyOverBadStrings(int size)
    {
        var json = new StringBuilder(Root).Append("\"composers\": [], \"films\": [], \"").Append('k', size).Append("\": [");
        for (var i = 0; i < size / 10; i++)
        {
            json.Append(i == 0 ? "\"\\ud800\"" : ",\"\\ud800\"");
        }

        return Utf8(json.Append("]}"));
    }

    /// <summary><paramref name="size"/> films, each with two wrong fields: far more problems than are reported.</summary>
    public static byte[] ManyProblems(int size)
    {
        var json = new StringBuilder(Root).Append("\"composers\": [], \"films\": [");
        for (var i = 0; i < size; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"id\": \"f").Append(i).Append("\", \"year\": \"soon\", \"kind\": 7}");
        }

        return Utf8(json.Append("]}"));
    }

    /// <summary><paramref name="size"/> composers who share one name and one alias, and one film crediting the first.</summary>
    public static byte[] Namesakes(int size)
    {
        var json = new StringBuilder(Root).Append("\"composers\": [");
        for (var i = 0; i < size; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"id\": \"c").Append(i).Append("\", \"name\": \"Ivan Petrov\", \"aliases\": [\"Петров\"], \"sources\": [\"https://example.org/c\"]}");
        }

        return Utf8(json.Append("], \"films\": [").Append(Film("f-1960", "A Film")).Append("]}"));
    }

    /// <summary>An ignored field nested <paramref name="size"/> arrays deep: past any depth bound.</summary>
    public static byte[] DeepIgnoredField(int size) =>
        Utf8(new StringBuilder(Root).Append("\"composers\": [], \"films\": [], \"deep\": ").Append('[', size).Append(']', size).Append('}'));

    /// <summary>One film whose title, and each of ten alternate titles, is <paramref name="size"/> characters of letters and combining marks.</summary>
    public static byte[] LongMarkedTitles(int size)
    {
        var title = new StringBuilder(size);
        for (var i = 0; title.Length < size; i++)
        {
            title.Append(i % 7 == 0 ? 'a' : '\u0301');
        }

        var text = title.ToString();
        var alternates = string.Join(", ", System.Linq.Enumerable.Repeat("\"" + text + "\"", 10));
        return Utf8(new StringBuilder(Root)
            .Append("\"composers\": [{\"id\": \"c0\", \"name\": \"Ivan Petrov\", \"sources\": [\"https://example.org/c\"]}], \"films\": [")
            .Append(Film("f-1960", text).Replace("\"themes\"", "\"alternateTitles\": [" + alternates + "], \"themes\"", System.StringComparison.Ordinal))
            .Append(',').Append(Film("g-1961", text)).Append("]}"));
    }

    /// <summary>A CSV whose second row's title cell is <paramref name="size"/> characters long, its other cells empty.</summary>
    public static string CsvWithHugeCell(string header, int columns, int size) =>
        header + "\r\nf-1960,\"" + new string('x', size) + "\"" + new string(',', columns - 2) + "\r\n";

    private static string Film(string id, string title) =>
        "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"year\": 1960, \"kind\": \"feature\", \"countries\": [\"SU\"], "
        + "\"themes\": [\"biography\"], \"composers\": [{\"id\": \"c0\", \"role\": \"score\"}], \"summary\": \"A film.\", "
        + "\"verification\": \"verified\", \"sources\": [\"https://example.org/f\"]}";

    private static byte[] Utf8(StringBuilder json) => Encoding.UTF8.GetBytes(json.ToString());

    public static FilmCatalog Load(byte[] json) => FilmCatalog.Load(new MemoryStream(json, writable: false));
}
