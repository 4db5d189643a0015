using System.IO;
using SovietFilms.Data;

namespace SovietFilms.Data.Benchmarks;

/// <summary>The embedded catalogue's bytes, read the way a user would read their own file.</summary>
internal static class CatalogBytes
{
    public static byte[] Read()
    {
        using var stream = typeof(FilmCatalog).Assembly.GetManifestResourceStream("SovietFilms.Data.catalog.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
