using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SovietFilms.Data.Tests;

/// <summary>
/// <c>data/catalog.snapshot.txt</c> lists every film in a line, so every change to the data shows up in review
/// as a readable diff. After a deliberate change, regenerate it with
/// <c>SOVIETFILMS_UPDATE_SNAPSHOT=1 dotnet test</c> and commit the new file with the data.
/// </summary>
public sealed class CatalogSnapshotTests
{
    private const string SnapshotPath = "data/catalog.snapshot.txt";

    [Fact]
    public void The_snapshot_matches_the_embedded_catalogue()
    {
        var actual = Render(FilmCatalog.Default);
        if (Environment.GetEnvironmentVariable("SOVIETFILMS_UPDATE_SNAPSHOT") == "1")
        {
            File.WriteAllText(RepositoryFiles.PathOf(SnapshotPath), actual);
        }

        var expected = RepositoryFiles.Read(SnapshotPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstDifference = actual.Split('\n').Zip(expected.Split('\n'), (a, e) => (a, e)).Select((p, i) => (p.a, p.e, Line: i + 1)).FirstOrDefault(p => p.a != p.e);
        actual.Should().Be(
            expected,
            "the data changed; line {0} is now \"{1}\" where the snapshot has \"{2}\". If the change is meant, run SOVIETFILMS_UPDATE_SNAPSHOT=1 dotnet test and commit {3}",
            firstDifference.Line,
            firstDifference.a,
            firstDifference.e,
            SnapshotPath);
    }

    [Fact]
    public void The_snapshot_lists_every_film_once()
    {
        var lines = Render(FilmCatalog.Default).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();
        lines.Should().HaveCount(FilmCatalog.Default.Films.Count);
        lines.Select(l => l.Split(" | ")[0]).Should().Equal(FilmCatalog.Default.Films.Select(f => f.Id));
    }

    internal static string Render(FilmCatalog catalog)
    {
        var text = new StringBuilder()
            .Append("# SovietFilms.Data catalogue snapshot, data version ").Append(catalog.DataVersion).Append('\n')
            .Append("# id | year | title | kind | verification | themes | composers (role)\n");
        foreach (var film in catalog.Films)
        {
            text.Append(film.Id)
                .Append(" | ").Append(film.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
                .Append(" | ").Append(film.Title)
                .Append(" | ").Append(film.Kind?.ToString() ?? "-")
                .Append(" | ").Append(film.Verification)
                .Append(" | ").Append(string.Join(", ", film.Themes))
                .Append(" | ").Append(string.Join(", ", film.Composers.Select(c => $"{c.Composer.Id} ({c.Role.ToString().ToLowerInvariant()})")))
                .Append('\n');
        }

        return text.ToString();
    }
}
