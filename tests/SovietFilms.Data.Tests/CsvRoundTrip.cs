using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>Every value of every film that the CSV layout carries, as one line per film, to compare catalogues field by field.</summary>
internal static class CsvRoundTrip
{
    /// <summary>The properties of <see cref="Film"/> that <see cref="Films"/> describes: all of them, which a test holds it to.</summary>
    public static readonly string[] Described =
    [
        nameof(Film.Id), nameof(Film.Title), nameof(Film.OriginalTitle), nameof(Film.AlternateTitles), nameof(Film.Year), nameof(Film.Kind),
        nameof(Film.Countries), nameof(Film.Studios), nameof(Film.Credits), nameof(Film.RuntimeMinutes), nameof(Film.Themes),
        nameof(Film.Composers), nameof(Film.FeaturedWorks), nameof(Film.Summary), nameof(Film.Description), nameof(Film.ListedAs), nameof(Film.Facts),
        nameof(Film.Verification), nameof(Film.VerificationNote), nameof(Film.ImdbId), nameof(Film.Sources),
    ];

    public static IReadOnlyList<string> Films(FilmCatalog catalog) => catalog.Films.Select(Describe).ToList();

    private static string Describe(Film f) => string.Join(
        "\n",
        f.Id,
        f.Title,
        f.OriginalTitle ?? "<null>",
        List(f.AlternateTitles),
        f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<null>",
        f.Kind?.ToString() ?? "<null>",
        List(f.Countries.Select(c => c.Code)),
        List(f.Studios.Select(s => $"{s.Id}<named>{s.Name}")),
        List(f.Credits.Select(c => $"{c.Person.Id}<named>{c.Person.Name}<as>{c.Role}<playing>{c.Character ?? "<null>"}<for>{c.For?.Id ?? "<null>"}<sources>{List(c.Sources.Select(u => u.OriginalString))}")),
        f.RuntimeMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<null>",
        List(f.Themes.Select(t => t.ToString())),
        List(f.Composers.Select(c => $"{c.Composer.Id}<as>{c.Role}<named>{c.Composer.Name}")),
        List(f.FeaturedWorks.Select(w => $"{w.Id}<titled>{w.Title}<by>{w.Composer.Id}<named>{w.Composer.Name}")),
        f.Summary,
        f.Description ?? "<null>",
        f.ListedAs ?? "<null>",
        List(f.Facts.Select(x => $"{x.Statement}<status>{x.Status}<note>{x.Note ?? "<null>"}<sources>{List(x.Sources.Select(u => u.OriginalString))}")),
        f.Verification.ToString(),
        f.VerificationNote ?? "<null>",
        f.ImdbId ?? "<null>",
        List(f.Sources.Select(u => u.OriginalString)));

    private static string List(IEnumerable<string> items) => "[" + string.Join("<and>", items) + "]";
}
