using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SovietFilms.Data.Tests;

/// <summary><c>data/catalog.schema.json</c> describes the format: the shipped catalogue passes it, broken ones do not.</summary>
public sealed class CatalogSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Read("data/catalog.schema.json"));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) => string.Join(
        "; ",
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20));

    [Fact]
    public void The_shipped_catalogue_passes_the_schema()
    {
        var results = Evaluate(RepositoryFiles.Read("data/catalog.json"));
        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void The_shipped_catalogue_is_the_embedded_one_and_loads()
    {
        using var stream = System.IO.File.OpenRead(RepositoryFiles.PathOf("data/catalog.json"));
        FilmCatalog.Load(stream).Films.Select(f => f.Id).Should().Equal(FilmCatalog.Default.Films.Select(f => f.Id));
    }

    [Fact]
    public void A_generated_test_catalogue_passes_the_schema()
    {
        var results = Evaluate(TestCatalog.Sample().ToJson().ToJsonString());
        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Theory]
    [InlineData("format", "3")]
    [InlineData("films/0/year", "1700")]
    [InlineData("films/0/themes", "[\"jazz\"]")]
    [InlineData("films/0/sources", "[]")]
    [InlineData("films/0/sources", "[\"ftp://example.org\"]")]
    [InlineData("films/0/id", "\"Swan Lake\"")]
    [InlineData("films/0/kind", "\"cartoon\"")]
    [InlineData("films/0/composers/0/role", "\"conductor\"")]
    [InlineData("films/0/countries", "[\"USSR\"]")]
    [InlineData("films/0/imdbId", "\"0065127\"")]
    public void The_schema_rejects_what_Load_rejects(string path, string json)
    {
        var catalog = TestCatalog.Sample().ToJson();
        Set(catalog, path, JsonNode.Parse(json));

        Evaluate(catalog.ToJsonString()).IsValid.Should().BeFalse();
        ((System.Action)(() => TestCatalog.LoadJson(catalog.ToJsonString()))).Should().Throw<CatalogFormatException>();
    }

    [Fact]
    public void The_schema_holds_unconfirmed_films_to_the_verification_policy()
    {
        var catalog = TestCatalog.Sample().ToJson();
        var unconfirmed = catalog["films"]!.AsArray().Single(f => (string?)f!["verification"] == "unconfirmed")!.AsObject();
        unconfirmed["credits"] = new JsonArray(new JsonObject { ["person"] = "someone-invented", ["role"] = "director" });

        Evaluate(catalog.ToJsonString()).IsValid.Should().BeFalse();
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('/');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        node[parts[^1]] = value;
    }
}
