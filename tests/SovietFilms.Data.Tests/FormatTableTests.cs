using System;
using System.Linq;
using System.Text.Json.Nodes;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The format's field tables are the one description of the format in code; the schema contributors edit against
/// must describe the same fields and the same vocabulary, so that a field added in one place fails here until it is
/// added to the other.
/// </summary>
public sealed class FormatTableTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(RepositoryFiles.Read("data/catalog.schema.json"))!;

    private static string[] SchemaFields(string definition) =>
        Schema["$defs"]![definition]!["properties"]!.AsObject().Select(p => p.Key).ToArray();

    private static string[] SchemaEnum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

    [Fact]
    public void The_schema_describes_each_entry_with_the_fields_of_its_table_in_order()
    {
        SchemaFields("composer").Should().Equal(ComposerFields.Format.Fields.Select(f => f.Name));
        SchemaFields("work").Should().Equal(WorkFields.Format.Fields.Select(f => f.Name));
        SchemaFields("film").Should().Equal(FilmFields.Format.Fields.Select(f => f.Name));
        SchemaFields("selection").Should().Equal(SelectionFields.Format.Fields.Select(f => f.Name));
        Schema["properties"]!.AsObject().Select(p => p.Key).Should().Equal(Enumerable.Range(0, RootFields.Names.Count).Select(i => RootFields.Names[i]));
    }

    [Fact]
    public void The_schema_requires_what_the_tables_require()
    {
        static string[] Required(string definition) => Schema["$defs"]![definition]!["required"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

        Required("composer").Should().BeEquivalentTo(ComposerFields.Format.Fields.Where(f => f.Required).Select(f => f.Name));
        Required("work").Should().BeEquivalentTo(WorkFields.Format.Fields.Where(f => f.Required).Select(f => f.Name));
        Required("film").Should().BeEquivalentTo(FilmFields.Format.Fields.Where(f => f.Required).Select(f => f.Name));
        Required("selection").Should().BeEquivalentTo(SelectionFields.Format.Fields.Where(f => f.Required).Select(f => f.Name));
    }

    [Fact]
    public void The_schema_s_vocabulary_is_the_library_s_data_names()
    {
        var film = Schema["$defs"]!["film"]!["properties"]!;
        SchemaEnum(Schema["$defs"]!["theme"]!).Should().Equal(Enum.GetValues<Theme>().Select(t => DataNames.Format(t)));
        SchemaEnum(film["kind"]!).Should().Equal(Enum.GetValues<FilmKind>().Select(k => DataNames.Format(k)));
        SchemaEnum(film["verification"]!).Should().Equal(Enum.GetValues<VerificationStatus>().Select(v => DataNames.Format(v)));
        SchemaEnum(film["composers"]!["items"]!["properties"]!["role"]!).Should().Equal(Enum.GetValues<ComposerRole>().Select(r => DataNames.Format(r)));
        SchemaEnum(Schema["$defs"]!["fact"]!["properties"]!["status"]!).Should().Equal(Enum.GetValues<FactStatus>().Select(s => DataNames.Format(s)));
    }

    [Fact]
    public void The_csv_header_is_the_film_table_in_snake_case()
    {
        Csv.FilmCsvColumns.Header.Should().Equal(FilmFields.Format.Fields.Select(f => string.Concat(f.Name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()))));
    }

    [Fact]
    public void The_round_trip_comparison_covers_every_public_value_of_a_film()
    {
        typeof(Film).GetProperties().Select(p => p.Name).Should().BeEquivalentTo(CsvRoundTrip.Described, "a new film field must be compared by the round-trip tests too");
    }
}
