using System.IO;
using System.Linq;
using System.Text.Json;

namespace SovietFilms.Data.Tests;

/// <summary>
/// A copy of the catalogue as it was in format 1 (data 2026.11.1), kept so that files written by today's users keep
/// loading when the format grows (issue 16 brings format 2): the fixture must load, and every film must come back
/// with the title, year, directors, cast and composer credits its JSON gives. Never edit the fixture.
/// </summary>
public sealed class FormatOneFixtureTests
{
    internal const string FixturePath = "tests/SovietFilms.Data.Tests/Fixtures/catalog-format-1-2026.11.1.json";

    [Fact]
    public void The_format_1_catalogue_of_2026_11_1_loads_with_all_its_films()
    {
        var fixture = FilmCatalog.Load(File.OpenRead(RepositoryFiles.PathOf(FixturePath)));

        fixture.DataVersion.Should().Be("2026.11.1");
        fixture.Films.Should().HaveCount(100);
    }

    [Fact]
    public void Its_films_keep_the_titles_years_people_and_composer_credits_its_JSON_gives()
    {
        var fixture = FilmCatalog.Load(File.OpenRead(RepositoryFiles.PathOf(FixturePath)));
        using var json = JsonDocument.Parse(RepositoryFiles.Read(FixturePath));

        foreach (var film in json.RootElement.GetProperty("films").EnumerateArray())
        {
            var id = film.GetProperty("id").GetString()!;
            var loaded = fixture.GetFilm(id);
            loaded.Title.Should().Be(film.GetProperty("title").GetString(), id);
            loaded.Year.Should().Be(film.TryGetProperty("year", out var year) ? year.GetInt32() : null, id);
            loaded.NamesAs(PersonRole.Director).Should().Equal(Strings(film, "directors"), id);
            loaded.Credits.Where(c => c.Role == PersonRole.Actor).Select(c => (c.Person.Name, c.Character)).Should().Equal(
                Items(film, "cast").Select(c => (c.GetProperty("actor").GetString()!, c.TryGetProperty("role", out var role) ? role.GetString() : null)), id);
            loaded.Studios.Select(s => s.Name).Should().Equal(Strings(film, "studios"), id);
            loaded.Composers.Select(c => (c.Composer.Id, DataNames.Format(c.Role))).Should().Equal(
                Items(film, "composers").Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("role").GetString()!)), id);
        }
    }

    private static JsonElement[] Items(JsonElement film, string field) =>
        film.TryGetProperty(field, out var items) ? [.. items.EnumerateArray()] : [];

    private static string[] Strings(JsonElement film, string field) => [.. Items(film, field).Select(e => e.GetString()!)];
}
