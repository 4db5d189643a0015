using System.Text.Json.Nodes;

namespace SovietFilms.Data.Tests;

/// <summary>Every required field of every kind of entry, left out, is reported at its own place.</summary>
public sealed class RequiredFieldTests
{
    public static TheoryData<string, string, string> RequiredFields => new()
    {
        { "", "dataVersion", "$.dataVersion" },
        { "", "films", "$.films" },
        { "composers/0", "id", "$.composers[0].id" },
        { "composers/0", "name", "$.composers[0] (composer \"tchaikovsky\").name" },
        { "composers/0", "sources", "$.composers[0] (composer \"tchaikovsky\").sources" },
        { "works/0", "id", "$.works[0].id" },
        { "works/0", "composer", "$.works[0] (work \"tchaikovsky-swan-lake\").composer" },
        { "works/0", "title", "$.works[0] (work \"tchaikovsky-swan-lake\").title" },
        { "films/0/composers/0", "id", "$.films[0] (film \"swan-lake-1957\").composers[0].id" },
        { "films/0/composers/0", "role", "$.films[0] (film \"swan-lake-1957\").composers[0].role" },
        { "people/0", "id", "$.people[0].id" },
        { "people/0", "name", "$.people[0] (person \"galina-ulanova\").name" },
        { "studios/0", "id", "$.studios[0].id" },
        { "studios/0", "name", "$.studios[0] (studio \"bolshoi\").name" },
        { "films/0/credits/0", "person", "$.films[0] (film \"swan-lake-1957\").credits[0].person" },
        { "films/0/credits/0", "role", "$.films[0] (film \"swan-lake-1957\").credits[0].role" },
        { "films/0/facts/0", "statement", "$.films[0] (film \"swan-lake-1957\").facts[0].statement" },
        { "films/0/facts/0", "status", "$.films[0] (film \"swan-lake-1957\").facts[0].status" },
        { "selections/0", "id", "$.selections[0].id" },
        { "selections/0", "title", "$.selections[0] (selection \"picks\").title" },
        { "selections/0", "films", "$.selections[0] (selection \"picks\").films" },
    };

    [Fact]
    public void The_complete_baseline_loads_with_every_optional_part_it_has()
    {
        var film = TestCatalog.LoadJson(Complete().ToJsonString()).GetFilm("swan-lake-1957");

        film.Credits.Should().ContainSingle().Which.Person.Name.Should().Be("Galina Ulanova");
        film.Facts.Should().ContainSingle().Which.Status.Should().Be(FactStatus.Unconfirmed);
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void A_missing_required_field_is_reported_at_its_place(string parent, string field, string place)
    {
        var catalog = Complete();
        At(catalog, parent).Remove(field).Should().BeTrue("the baseline has the field");

        var act = () => TestCatalog.LoadJson(catalog.ToJsonString());

        act.Should().Throw<CatalogFormatException>().Which.ProblemTexts().Should().Contain($"{place}: required field is missing");
    }

    /// <summary>The catalogue of the load error tests, with a person, a studio, a credit and a fact besides.</summary>
    private static JsonObject Complete()
    {
        var catalog = TestCatalog.SwanLake();
        var film = TestCatalog.FirstFilm(catalog);
        catalog["people"] = new JsonArray(new JsonObject { ["id"] = "galina-ulanova", ["name"] = "Galina Ulanova" });
        catalog["studios"] = new JsonArray(new JsonObject { ["id"] = "bolshoi", ["name"] = "Bolshoi Theatre" });
        film["studios"] = new JsonArray("bolshoi");
        film["credits"] = new JsonArray(new JsonObject { ["person"] = "galina-ulanova", ["role"] = "dancer", ["character"] = "Odette" });
        film["facts"] = new JsonArray(new JsonObject { ["statement"] = "It was filmed in Moscow.", ["status"] = "unconfirmed" });
        return catalog;
    }

    private static JsonObject At(JsonObject catalog, string path)
    {
        JsonNode node = catalog;
        foreach (var step in path.Split('/', System.StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(step, out var index) ? node[index]! : node[step]!;
        }

        return node.AsObject();
    }
}
