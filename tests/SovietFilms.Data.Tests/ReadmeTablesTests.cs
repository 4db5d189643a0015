using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SovietFilms.Data.Tests;

/// <summary>The README's "what's inside" figures and table are generated from the data; this keeps them true.</summary>
public sealed class ReadmeTablesTests
{
    private static readonly (string Name, Theme? Theme)[] Categories =
    [
        ("Biographies and portraits", Theme.Biography),
        ("Film-operas", Theme.Opera),
        ("Film-operettas", Theme.Operetta),
        ("Film-ballets and ballet dramas", Theme.Ballet),
        ("Concert films", Theme.Concert),
        ("Other dramas and comedies", null),
    ];

    private static readonly Dictionary<FilmKind, string> KindNames = new()
    {
        [FilmKind.Feature] = "Feature films",
        [FilmKind.TelevisionFilm] = "Television films",
        [FilmKind.MiniSeries] = "Mini-series",
        [FilmKind.Short] = "Shorts",
        [FilmKind.Animated] = "Animated films",
        [FilmKind.Documentary] = "Documentaries",
    };

    [Fact]
    public void The_readme_shows_the_current_counts_and_table()
    {
        var expected = Render(FilmCatalog.Default);
        RepositoryFiles.Read("README.md").Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain(
            expected,
            "README.md must show the catalogue as it is; replace its \"What's inside\" block with:\n{0}",
            expected);
    }

    [Fact]
    public void The_data_readme_shows_the_current_counts_and_table()
    {
        var expected = Render(FilmCatalog.Default);
        RepositoryFiles.Read("data/README.md").Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain(
            expected,
            "data/README.md must show the catalogue's counts by category, kind and decade as they are; replace its \"What is in it\" block with:\n{0}",
            expected);
    }

    internal static string Render(FilmCatalog catalog)
    {
        var films = catalog.Films;
        var confirmed = films.Where(f => f.Verification != VerificationStatus.Unconfirmed).ToList();
        var decades = confirmed.Select(f => f.Year!.Value / 10 * 10).Distinct().OrderBy(d => d).ToArray();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Data version {catalog.DataVersion}: **{films.Count} films** ");
        text.Append(CultureInfo.InvariantCulture, $"({Count(films, VerificationStatus.Verified)} verified, {Count(films, VerificationStatus.Corrected)} corrected, ");
        text.Append(CultureInfo.InvariantCulture, $"{Count(films, VerificationStatus.Unconfirmed)} unconfirmed entries of the curator's selection), ");
        text.Append(CultureInfo.InvariantCulture, $"**{catalog.Composers.Count} composers**, **{catalog.People.Count} other people** in ");
        text.Append(CultureInfo.InvariantCulture, $"**{films.Sum(f => f.Credits.Count)} credits**, **{catalog.Studios.Count} studios**, **{catalog.Works.Count} featured works** and ");
        text.Append(CultureInfo.InvariantCulture, $"{catalog.Selections.Count} curated selection{(catalog.Selections.Count == 1 ? "" : "s")}.\n\n");

        text.Append("| Films that exist, by category and decade | ").Append(string.Join(" | ", decades.Select(d => $"{d}s"))).Append(" | All |\n");
        text.Append("|---|").Append(string.Concat(decades.Select(_ => "---:|"))).Append("---:|\n");
        var placed = new HashSet<Film>();
        foreach (var (name, theme) in Categories)
        {
            var inCategory = confirmed.Where(f => !placed.Contains(f) && (theme is null || f.Themes.Contains(theme.Value))).ToList();
            placed.UnionWith(inCategory);
            text.Append("| ").Append(name).Append(" | ")
                .Append(string.Join(" | ", decades.Select(d => inCategory.Count(f => f.Year / 10 * 10 == d).ToString(CultureInfo.InvariantCulture))))
                .Append(" | ").Append(inCategory.Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        text.Append("| **All** | ")
            .Append(string.Join(" | ", decades.Select(d => confirmed.Count(f => f.Year / 10 * 10 == d).ToString(CultureInfo.InvariantCulture))))
            .Append(" | ").Append(confirmed.Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n\n");

        text.Append("| Films that exist, by kind and decade | ").Append(string.Join(" | ", decades.Select(d => $"{d}s"))).Append(" | All |\n");
        text.Append("|---|").Append(string.Concat(decades.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var kind in Enum.GetValues<FilmKind>())
        {
            var ofKind = confirmed.Where(f => f.Kind == kind).ToList();
            text.Append("| ").Append(KindNames[kind]).Append(" | ")
                .Append(string.Join(" | ", decades.Select(d => ofKind.Count(f => f.Year / 10 * 10 == d).ToString(CultureInfo.InvariantCulture))))
                .Append(" | ").Append(ofKind.Count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        return text.ToString();
    }

    private static int Count(IReadOnlyList<Film> films, VerificationStatus status) => films.Count(f => f.Verification == status);
}
