using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>--format json and csv on the listing commands, parsed back and held to the model.</summary>
public sealed class FormatTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    [Theory]
    [InlineData("people")]
    [InlineData("composers")]
    public void People_and_composers_as_json_hold_each_one_with_their_film_count(string command)
    {
        var run = CliRun.Of(decorated: true, command, "--format", "json");
        using var json = JsonDocument.Parse(run.Output);

        run.ExitCode.Should().Be(0);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetString()).Should().BeEquivalentTo(People(command).Select(p => p.Id));
        foreach (var item in items)
        {
            var person = People(command).Single(p => p.Id == item.GetProperty("id").GetString());
            item.GetProperty("name").GetString().Should().Be(person.Name);
            item.GetProperty("nativeName").ValueKind.Should().Be(person.NativeName is null ? JsonValueKind.Null : JsonValueKind.String);
            item.GetProperty("nativeName").GetString().Should().Be(person.NativeName);
            (item.GetProperty("born").ValueKind == JsonValueKind.Null ? (int?)null : item.GetProperty("born").GetInt32()).Should().Be(person.BirthYear);
            (item.GetProperty("died").ValueKind == JsonValueKind.Null ? (int?)null : item.GetProperty("died").GetInt32()).Should().Be(person.DeathYear);
            item.GetProperty("filmCount").GetInt32().Should().Be(FilmCount(command, person));
        }
    }

    [Theory]
    [InlineData("people")]
    [InlineData("composers")]
    public void People_and_composers_as_csv_read_back_with_CsvHelper(string command)
    {
        var run = CliRun.Of(command, "--format", "csv");
        var rows = ReadCsv(run.Output);

        run.ExitCode.Should().Be(0);
        rows[0].Keys.Should().Equal("id", "name", "native_name", "born", "died", "film_count");
        rows.Select(r => r["id"]).Should().BeEquivalentTo(People(command).Select(p => p.Id));
        foreach (var row in rows)
        {
            var person = People(command).Single(p => p.Id == row["id"]);
            row["name"].Should().Be(person.Name);
            row["native_name"].Should().Be(person.NativeName ?? "");
            row["born"].Should().Be(person.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            row["film_count"].Should().Be(FilmCount(command, person).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Themes_as_json_and_csv_hold_each_theme_with_its_meaning_and_count()
    {
        using var json = JsonDocument.Parse(CliRun.Of("themes", "--format", "json").Output);
        var csv = ReadCsv(CliRun.Of("themes", "--format", "csv").Output);

        var themes = Enum.GetValues<Theme>();
        json.RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal(themes.Select(t => DataNames.Format(t)));
        json.RootElement.EnumerateArray().Select(t => t.GetProperty("filmCount").GetInt32()).Should().Equal(themes.Select(t => Catalog.Query().WithTheme(t).Count()));
        csv.Select(r => r["meaning"]).Should().Equal(themes.Select(ThemeDefinitions.Of));
    }

    [Fact]
    public void A_selection_as_json_is_a_catalogue_of_its_films_and_as_csv_its_films_in_order()
    {
        var selection = Catalog.Selections[0];

        var loaded = FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(CliRun.Of("selection", "--format", "json").Output)));
        var csv = ReadCsv(CliRun.Of("selection", selection.Id, "--format", "csv").Output);

        loaded.Films.Select(f => f.Id).Should().BeEquivalentTo(selection.Films.Select(f => f.Id));
        loaded.Selections.Should().ContainSingle().Which.Films.Select(f => f.Id).Should().Equal(selection.Films.Select(f => f.Id));
        csv.Select(r => r["id"]).Should().Equal(selection.Films.Select(f => f.Id));
    }

    [Theory]
    [InlineData("people")]
    [InlineData("composers")]
    [InlineData("themes")]
    [InlineData("selection")]
    public void Every_listing_command_refuses_an_unknown_format(string command)
    {
        var run = CliRun.Of(command, "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--format expects table, json, csv, not 'xml'");
    }

    [Fact]
    public void Composers_are_sorted_by_surname_then_given_names()
    {
        var rows = CliRun.Of("composers").Output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        var expected = Catalog.Composers
            .OrderBy(c => Surname(c.Name), StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => c.Id);

        rows.Select(r => r.TrimEnd().Split(' ')[^1]).Should().Equal(expected);
        var names = rows.Select(r => r.Split("  ")[0].Trim()).ToList();
        names.IndexOf("Johann Strauss II").Should().BeGreaterThan(names.IndexOf("Alexander Spendiarov")).And.BeLessThan(names.IndexOf("Georgy Sviridov"));
        names.IndexOf("Boris Tchaikovsky").Should().Be(names.IndexOf("Pyotr Ilyich Tchaikovsky") - 1, "the same surname, then the given names");
    }

    /// <summary>The documented rule: the last word of the English name, past a bracketed former name and a suffix in Roman numerals.</summary>
    private static string Surname(string name) => name.Split(' ').Last(w => w[0] != '(' && !w.All(c => c is 'I' or 'V' or 'X'));

    private static IReadOnlyList<Person> People(string command) => command == "people" ? Catalog.People : Catalog.Composers;

    private static int FilmCount(string command, Person person) =>
        command == "people" ? Catalog.Query().WithPerson(person.Id).Count() : Catalog.Query().WithComposer(person.Id).Count();

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = CsvReader.Create(new StringReader(text), CsvReaderOptions.Default with { HasHeader = true, FieldCountMismatch = CsvFieldCountHandling.Throw }, leaveOpen: false);
        var headers = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(headers.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return rows;
    }
}
