using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data;

namespace ConsumerSmoke.Library;

/// <summary>A netstandard2.0 library using the package's netstandard2.0 build.</summary>
public static class Biopics
{
    public static IReadOnlyList<string> OfTheSeventies() =>
        FilmCatalog.Default.Query().WithTheme(Theme.Biography).ReleasedInDecade(1970).Select(f => f.Id).ToList();
}
