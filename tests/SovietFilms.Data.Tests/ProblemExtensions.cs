using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

internal static class ProblemExtensions
{
    /// <summary>The problems as the lines the exception's message lists, <c>place: message</c>.</summary>
    public static IReadOnlyList<string> ProblemTexts(this CatalogFormatException exception) =>
        exception.Problems.Select(p => p.ToString()).ToList();
}
