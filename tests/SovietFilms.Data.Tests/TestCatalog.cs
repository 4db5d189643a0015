using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SovietFilms.Data.Tests;

/// <summary>Builds small catalogues as JSON, the way users write them, and loads them through the public <see cref="FilmCatalog.Load(System.IO.Stream)"/>.</summary>
internal sealed class TestCatalog
{
    private readonly JsonArray composers = [];
    private readonly JsonArray people = [];
    private readonly JsonArray works = [];
    private readonly JsonArray films = [];
    private readonly JsonArray selections = [];

    public TestCatalog Composer(string id, string name, string? nativeName = null, params string[] aliases)
    {
        var composer = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["sources"] = new JsonArray("https://example.org/" + id),
        };
        if (nativeName is not null)
        {
            composer["nativeName"] = nativeName;
        }

        if (aliases.Length > 0)
        {
            composer["aliases"] = new JsonArray(aliases.Select(a => (JsonNode?)a).ToArray());
        }

        composers.Add(composer);
        return this;
    }

    public TestCatalog Work(string id, string composer, string title, string? originalTitle = null, params string[] alternateTitles)
    {
        var work = new JsonObject { ["id"] = id, ["composer"] = composer, ["title"] = title };
        if (originalTitle is not null)
        {
            work["originalTitle"] = originalTitle;
        }

        if (alternateTitles.Length > 0)
        {
            work["alternateTitles"] = new JsonArray(alternateTitles.Select(a => (JsonNode?)a).ToArray());
        }

        works.Add(work);
        return this;
    }

    /// <param name="credits">Composer credits as "id:role", such as "tchaikovsky:subject".</param>
    public TestCatalog Film(
        string id,
        string title,
        int? year,
        string[]? themes = null,
        string[]? credits = null,
        string verification = "verified",
        string? originalTitle = null,
        string[]? works = null,
        string[]? alternateTitles = null,
        string kind = "feature",
        string[]? directors = null)
    {
        var film = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["summary"] = "A film for tests.",
            ["verification"] = verification,
            ["sources"] = new JsonArray("https://example.org/films/" + id),
        };
        if (year is not null)
        {
            film["year"] = year;
            film["kind"] = kind;
        }

        if (originalTitle is not null)
        {
            film["originalTitle"] = originalTitle;
        }

        if (verification != "verified")
        {
            film["verificationNote"] = "Test note.";
        }

        if (directors is not null)
        {
            // Each director a person, by an id made of the name; a name met before is the same person.
            foreach (var name in directors.Where(d => !people.Any(p => (string?)p!["name"] == d)))
            {
                people.Add(new JsonObject { ["id"] = PersonId(name), ["name"] = name });
            }

            film["credits"] = new JsonArray(directors.Select(d => (JsonNode?)new JsonObject { ["person"] = PersonId(d), ["role"] = "director" }).ToArray());
        }

        if (works is not null)
        {
            film["works"] = new JsonArray(works.Select(w => (JsonNode?)w).ToArray());
        }

        if (alternateTitles is not null)
        {
            film["alternateTitles"] = new JsonArray(alternateTitles.Select(t => (JsonNode?)t).ToArray());
        }

        if (themes is not null)
        {
            film["themes"] = new JsonArray(themes.Select(t => (JsonNode?)t).ToArray());
        }

        if (credits is not null)
        {
            film["composers"] = new JsonArray(credits
                .Select(c => c.Split(':'))
                .Select(p => (JsonNode?)new JsonObject { ["id"] = p[0], ["role"] = p[1] })
                .ToArray());
        }

        films.Add(film);
        return this;
    }

    public TestCatalog Selection(string id, string title, params string[] filmIds)
    {
        selections.Add(new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["films"] = new JsonArray(filmIds.Select(f => (JsonNode?)f).ToArray()),
        });
        return this;
    }

    public JsonObject ToJson() => new()
    {
        ["format"] = 2,
        ["dataVersion"] = "test.1",
        ["composers"] = composers.DeepClone(),
        ["people"] = people.DeepClone(),
        ["works"] = works.DeepClone(),
        ["films"] = films.DeepClone(),
        ["selections"] = selections.DeepClone(),
    };

    public FilmCatalog Load() => LoadJson(ToJson().ToJsonString());

    private static string PersonId(string name) => string.Join("-", name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static FilmCatalog LoadJson(string json, CatalogLoadOptions? options = null) =>
        FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), options ?? CatalogLoadOptions.Default);

    /// <summary>The catalogue written as JSON and loaded back.</summary>
    public static FilmCatalog Reload(FilmCatalog catalog)
    {
        using var json = new MemoryStream();
        catalog.WriteJson(json);
        json.Position = 0;
        return FilmCatalog.Load(json);
    }

    /// <summary>The smallest catalogue with one entry of each kind, for tests that break one thing in it.</summary>
    public static JsonObject SwanLake() => new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky")
        .Work("tchaikovsky-swan-lake", "tchaikovsky", "Swan Lake")
        .Film("swan-lake-1957", "Swan Lake", 1957, ["ballet"], ["tchaikovsky:music"])
        .Selection("picks", "Picks", "swan-lake-1957")
        .ToJson();

    public static JsonObject FirstFilm(JsonObject catalog) => catalog["films"]![0]!.AsObject();

    /// <summary>A catalogue with a little of everything the queries filter on.</summary>
    public static TestCatalog Sample() => new TestCatalog()
        .Composer("tchaikovsky", "Pyotr Ilyich Tchaikovsky", "Пётр Ильич Чайковский", "Tschaikowsky", "Czajkowski", "Чайковский")
        .Composer("mozart", "Wolfgang Amadeus Mozart", null, "Моцарт")
        .Composer("salieri", "Antonio Salieri")
        .Composer("rimsky-korsakov", "Nikolai Rimsky-Korsakov", "Николай Андреевич Римский-Корсаков")
        .Composer("tiomkin", "Dimitri Tiomkin")
        .Composer("dvorak", "Antonín Dvořák")
        .Composer("shostakovich", "Dmitri Shostakovich", "Дмитрий Дмитриевич Шостакович", "Шостакович")
        .Composer("boris-tchaikovsky", "Boris Tchaikovsky", "Борис Александрович Чайковский")
        .Film("tchaikovsky-1970", "Tchaikovsky", 1970, ["biography", "romance"], ["tchaikovsky:subject", "tchaikovsky:music", "tiomkin:score"], originalTitle: "Чайковский")
        .Film("mozart-and-salieri-1962", "Mozart and Salieri", 1962, ["opera", "rivalry", "literary-adaptation"], ["mozart:subject", "salieri:subject", "rimsky-korsakov:music", "mozart:music"], "corrected", "Моцарт и Сальери")
        .Film("swan-lake-1957", "Swan Lake", 1957, ["ballet"], ["tchaikovsky:music"], originalTitle: "Лебединое озеро")
        .Film("swan-lake-1968", "Swan Lake", 1968, ["ballet"], ["tchaikovsky:music"])
        .Film("eugene-onegin-1958", "Eugene Onegin", 1958, ["opera", "romance", "literary-adaptation"], ["tchaikovsky:music"])
        .Film("new-world-1979", "New World", 1979, ["concert"], ["dvorak:music"])
        .Film("late-film-1980", "Late Film", 1980, ["comedy", "ensemble-life"], ["shostakovich:score"])
        .Film("boris-film-1975", "A Boris Film", 1975, ["coming-of-age"], ["boris-tchaikovsky:score"])
        .Film("violin-player-1974", "The Violin Player", null, ["mastery", "coming-of-age"], verification: "unconfirmed")
        .Selection("picks", "Picks", "violin-player-1974", "tchaikovsky-1970", "swan-lake-1957");
}

/// <summary>What tests read of a film's credits.</summary>
internal static class CreditNames
{
    /// <summary>The names of the people credited in the role, in the film's order.</summary>
    public static IReadOnlyList<string> NamesAs(this Film film, PersonRole role) =>
        film.Credits.Where(c => c.Role == role).Select(c => c.Person.Name).ToList();
}
