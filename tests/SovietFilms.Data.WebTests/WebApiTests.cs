using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace SovietFilms.Data.WebTests;

public sealed class WebApiTests : IAsyncLifetime
{
    private const string Overlay = """
        {
          "format": 2,
          "dataVersion": "mine.1",
          "films": [
            {
              "id": "tchaikovsky-1970", "title": "Tchaikovsky", "year": 1970, "kind": "feature", "countries": ["SU"],
              "studios": ["mosfilm"], "credits": [{ "person": "igor-talankin", "role": "director" }],
              "themes": ["biography"], "composers": [{ "id": "tchaikovsky", "role": "subject" }],
              "summary": "My corrected summary.", "verification": "verified", "sources": ["https://example.org/tchaikovsky-1970"]
            }
          ]
        }
        """;

    private FilmsApi api = null!;

    private HttpClient Client => api.Client;

    public async Task InitializeAsync() => api = await FilmsApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task An_overlay_posted_as_the_request_body_comes_back_over_the_catalogue_as_streamed_json()
    {
        using var response = await Client.PostAsync("/catalog", new StringContent(Overlay, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Replaced").Should().Equal("film \"tchaikovsky-1970\"");
        await using var body = await response.Content.ReadAsStreamAsync();
        var combined = await FilmCatalog.LoadAsync(body);
        combined.DataVersion.Should().Be($"{FilmCatalog.Default.DataVersion}+mine.1");
        combined.Films.Select(f => f.Id).Should().Equal(FilmCatalog.Default.Films.Select(f => f.Id));
        combined.GetFilm("tchaikovsky-1970").Summary.Should().Be("My corrected summary.");
        combined.GetFilm("tchaikovsky-1970").Credits.Single().Person.Name.Should().Be(FilmCatalog.Default.GetPerson("igor-talankin").Name);
    }

    [Fact]
    public async Task A_bad_overlay_is_a_400_that_names_the_problem()
    {
        using var response = await Client.PostAsync("/catalog", new StringContent(Overlay.Replace("\"mosfilm\"", "\"no-such-studio\""), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("$.films[0] (film \"tchaikovsky-1970\").studios[0]: unknown studio id \"no-such-studio\"");
    }

    [Fact]
    public async Task The_host_forbids_synchronous_io_so_the_synchronous_writer_fails_there()
    {
        using var response = await Client.GetAsync("/catalog/sync");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task A_film_returned_by_the_api_has_its_enums_as_data_names()
    {
        var film = FilmCatalog.Default.Films.First(f => f.Kind == FilmKind.TelevisionFilm && f.Themes.Count > 0);

        using var json = JsonDocument.Parse(await Client.GetStringAsync($"/films/{film.Id}"));

        var root = json.RootElement;
        root.GetProperty("id").GetString().Should().Be(film.Id);
        root.GetProperty("kind").GetString().Should().Be("television-film");
        root.GetProperty("themes").EnumerateArray().Select(t => t.GetString()).Should().Equal(film.Themes.Select(DataNames.Format));
        root.GetProperty("verification").GetString().Should().Be(DataNames.Format(film.Verification));
        root.GetProperty("composers").EnumerateArray().Select(c => c.GetProperty("role").GetString())
            .Should().Equal(film.Composers.Select(c => DataNames.Format(c.Role)));
        root.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal(film.Sources.Select(s => s.OriginalString));
    }

    [Fact]
    public async Task Query_results_and_people_come_back_through_the_source_generated_context()
    {
        using var films = JsonDocument.Parse(await Client.GetStringAsync("/films?composer=Чайковский"));
        using var person = JsonDocument.Parse(await Client.GetStringAsync("/people/Уланова"));

        films.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString())
            .Should().Equal(FilmCatalog.Default.Query().WithComposer("Чайковский").Select(f => f.Id));
        person.RootElement.GetProperty("id").GetString().Should().Be("galina-ulanova");
        person.RootElement.GetProperty("name").GetString().Should().Be("Galina Ulanova");
    }
}
