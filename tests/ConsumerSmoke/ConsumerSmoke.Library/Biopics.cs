using System.Collections.Generic;
using System.IO;
using System.Linq;
using SovietFilms.Data;

namespace ConsumerSmoke.Library
{
    /// <summary>A netstandard2.0 library using the package's netstandard2.0 build, in C# 7.3, its default.</summary>
    public static class Biopics
    {
        public static IReadOnlyList<string> OfTheSeventies() =>
            FilmCatalog.Default.Query().WithTheme(Theme.Biography).ReleasedInDecade(1970).Select(f => f.Id).ToList();

        /// <summary>The films of a catalogue loaded with every bound set; C# 7.3 has no init-only setters.</summary>
        public static int LoadWithEveryBound(Stream json, int maxBytes)
        {
            var options = new CatalogLoadOptions(maxBytes: maxBytes, maxDepth: 16, maxStringLength: 30000, maxListLength: 5000);
            return FilmCatalog.Load(json, options).Films.Count;
        }
    }
}
