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

        /// <summary>The films of a catalogue loaded with every option set; C# 7.3 has no init-only setters.</summary>
        public static int LoadWithEveryBound(Stream json, int maxBytes)
        {
            var options = new CatalogLoadOptions(maxBytes: maxBytes, maxDepth: 16, maxStringLength: 30000, maxListLength: 5000, references: FilmCatalog.Default);
            return FilmCatalog.Load(json, options).Films.Count;
        }

        /// <summary>An overlay that credits the embedded catalogue's entries by id, over it, its entries replacing the embedded ones: what was replaced.</summary>
        public static IReadOnlyList<string> Correct(Stream overlay)
        {
            var mine = FilmCatalog.Load(overlay, new CatalogLoadOptions(references: FilmCatalog.Default));
            return FilmCatalog.Default.With(mine, replace: true).Replaced.Select(r => r.ToString()).ToList();
        }
    }
}
