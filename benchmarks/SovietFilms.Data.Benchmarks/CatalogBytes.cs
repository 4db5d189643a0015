using System.IO;

namespace SovietFilms.Data.Benchmarks;

/// <summary>The bytes of data/catalog.json (embedded in this benchmark assembly), read the way a user would read their own file.</summary>
internal static class CatalogBytes
{
    public static byte[] Read()
    {
        using var stream = typeof(CatalogBytes).Assembly.GetManifestResourceStream("catalog.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
