using System;

namespace SovietFilms.Data.Format;

/// <summary>The compiler's stand-in for the library's generated <c>EmbeddedCatalog</c>: it makes the embedded catalogue, so it has none.</summary>
internal static class EmbeddedCatalog
{
    public static ReadOnlySpan<byte> Bytes => throw new InvalidOperationException("The catalogue compiler has no embedded catalogue; it makes one.");
}
