using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

using static SovietFilms.Data.Tests.TestCatalog;

namespace SovietFilms.Data.Tests;

/// <summary>Each way a catalogue can be wrong gets a <see cref="CatalogFormatException"/> that says where and what.</summary>
public sealed class LoadErrorTests
{
    private static CatalogFormatException LoadFails(JsonNode catalog) => LoadFails(catalog.ToJsonString());

    private static CatalogFormatException LoadFails(string json)
    {
        var act = () => TestCatalog.LoadJson(json);
        return act.Should().Throw<CatalogFormatException>().Which;
    }

    [Fact]
    public void The_valid_baseline_loads()
    {
        TestCatalog.LoadJson(SwanLake().ToJsonString()).Films.Should().ContainSingle();
    }

    [Fact]
    public void A_null_stream_is_an_argument_error()
    {
        var act = () => FilmCatalog.Load(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    [Fact]
    public void An_unreadable_stream_is_an_argument_error()
    {
        var stream = new MemoryStream();
        stream.Dispose();
        var act = () => FilmCatalog.Load(stream);
        act.Should().Throw<ArgumentException>().WithParameterName("stream");
    }

    [Fact]
    public void Invalid_json_names_the_line_and_byte()
    {
        var error = LoadFails("{\n  \"format\": 1,\n  \"films\": [ oops ]\n}");
        error.ProblemTexts().Should().ContainSingle().Which.Should().StartWith("line 3, byte 14: not valid JSON: ").And.NotContain("LineNumber");
    }

    [Fact]
    public void Empty_input_is_invalid_json()
    {
        LoadFails("").ProblemTexts().Should().ContainSingle().Which.Should().Contain("not valid JSON");
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_rejected()
    {
        LoadFails("[1, 2]").ProblemTexts().Should().ContainSingle().Which.Should().Be("$: expected a JSON object, found an array");
    }

    [Fact]
    public void A_missing_format_version_is_rejected()
    {
        var catalog = SwanLake();
        catalog.Remove("format");
        LoadFails(catalog).ProblemTexts().Should().Contain("$.format: required field is missing");
    }

    [Fact]
    public void A_newer_format_version_is_refused_with_its_number()
    {
        var catalog = SwanLake();
        catalog["format"] = 3;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Contain("$.format").And.Contain("expected format 1 or 2, found 3");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("verification")]
    [InlineData("sources")]
    public void A_missing_required_film_field_names_the_film_and_the_field(string field)
    {
        var catalog = SwanLake();
        FirstFilm(catalog).Remove(field);
        LoadFails(catalog).ProblemTexts().Should().Contain($"$.films[0] (film \"swan-lake-1957\").{field}: required field is missing");
    }

    [Fact]
    public void A_film_without_an_id_is_reported_by_its_position()
    {
        var catalog = SwanLake();
        FirstFilm(catalog).Remove("id");
        LoadFails(catalog).ProblemTexts().Should().Contain("$.films[0].id: required field is missing");
    }

    [Fact]
    public void Wrong_types_say_what_was_expected_and_what_was_found()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["year"] = "1957";
        FirstFilm(catalog)["themes"] = "ballet";
        FirstFilm(catalog)["title"] = 42;

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain(p => p.StartsWith("$.films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to", StringComparison.Ordinal) && p.EndsWith("found the string \"1957\"", StringComparison.Ordinal));
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").themes: expected an array, found the string \"ballet\"");
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").title: expected a string, found the number 42");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var catalog = SwanLake();
        FirstFilm(catalog).Remove("title");
        FirstFilm(catalog)["year"] = 1700;
        catalog["composers"]![0]!.AsObject().Remove("name");

        var error = LoadFails(catalog);

        error.ProblemTexts().Should().HaveCount(3);
        error.Message.Should().Contain("3 problems").And.Contain(".title").And.Contain(".year").And.Contain(".name");
    }

    [Theory]
    [InlineData(1700)]
    [InlineData(1887)]
    [InlineData(3000)]
    public void A_year_outside_film_history_is_rejected(int year)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["year"] = year;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Contain(".year: expected a whole number from 1888").And.EndWith($"found {year}");
    }

    [Fact]
    public void A_non_positive_runtime_is_rejected()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["runtimeMinutes"] = 0;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Contain(".runtimeMinutes");
    }

    [Fact]
    public void Duplicate_ids_name_both_places()
    {
        var catalog = SwanLake();
        catalog["films"]!.AsArray().Add(FirstFilm(catalog).DeepClone());
        catalog["composers"]!.AsArray().Add(catalog["composers"]![0]!.DeepClone());
        catalog["works"]!.AsArray().Add(catalog["works"]![0]!.DeepClone());
        catalog["selections"]!.AsArray().Add(catalog["selections"]![0]!.DeepClone());

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain("$.works[1] (work \"tchaikovsky-swan-lake\"): duplicate work id \"tchaikovsky-swan-lake\", first used at $.works[0] (work \"tchaikovsky-swan-lake\")");
        problems.Should().Contain("$.selections[1] (selection \"picks\"): duplicate selection id \"picks\", first used at $.selections[0] (selection \"picks\")");

        problems.Should().Contain(p => p.StartsWith("$.films[1] (film \"swan-lake-1957\")", StringComparison.Ordinal) && p.Contains("duplicate film id \"swan-lake-1957\", first used at $.films[0]"));
        problems.Should().Contain(p => p.StartsWith("$.composers[1]", StringComparison.Ordinal) && p.Contains("duplicate composer id \"tchaikovsky\""));
    }

    [Fact]
    public void Unresolved_references_name_the_missing_id()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["composers"]![0]!["id"] = "beethoven";
        FirstFilm(catalog)["works"] = new JsonArray("beethoven-fidelio");
        catalog["works"]![0]!["composer"] = "glinka";
        catalog["selections"]![0]!["films"] = new JsonArray("no-film-1900");

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").composers[0].id: unknown composer id \"beethoven\": no composer with that id is defined");
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").works[0]: unknown work id \"beethoven-fidelio\": no work with that id is defined");
        problems.Should().Contain("$.works[0] (work \"tchaikovsky-swan-lake\").composer: unknown composer id \"glinka\": no composer with that id is defined");
        problems.Should().Contain("$.selections[0] (selection \"picks\").films[0]: unknown film id \"no-film-1900\": no film with that id is defined");
    }

    [Fact]
    public void An_entry_with_a_problem_of_its_own_is_not_reported_again_by_the_entries_that_refer_to_it()
    {
        var catalog = SwanLake();
        catalog["composers"]![0]!["born"] = "1840";
        catalog["works"]![0]!["title"] = 5;
        FirstFilm(catalog)["works"] = new JsonArray("tchaikovsky-swan-lake");
        FirstFilm(catalog)["year"] = 1;

        LoadFails(catalog).ProblemTexts().Should().Equal(
            "$.composers[0] (composer \"tchaikovsky\").born: expected a whole number from 1000 to " + (DateTime.UtcNow.Year + 1) + ", found the string \"1840\"",
            "$.works[0] (work \"tchaikovsky-swan-lake\").title: expected a string, found the number 5",
            "$.films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to " + (DateTime.UtcNow.Year + 1) + ", found 1");
    }

    [Fact]
    public void Unknown_themes_roles_and_statuses_list_the_allowed_values()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["themes"] = new JsonArray("ballet", "jazz");
        FirstFilm(catalog)["composers"]![0]!["role"] = "conductor";
        FirstFilm(catalog)["verification"] = "probably";

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain(p => p.StartsWith("$.films[0] (film \"swan-lake-1957\").themes[1]: expected one of biography, opera,", StringComparison.Ordinal) && p.EndsWith("found the string \"jazz\"", StringComparison.Ordinal));
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").composers[0].role: expected one of subject, music, score; found the string \"conductor\"");
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").verification: expected one of verified, corrected, unconfirmed; found the string \"probably\"");
    }

    [Theory]
    [InlineData("composers", "5", "$.composers[0]: expected an object, found the number 5")]
    [InlineData("films", "false", "$.films[0]: expected an object, found the boolean false")]
    public void An_entry_that_is_not_an_object_is_reported_by_its_position(string list, string entry, string problem)
    {
        var catalog = SwanLake();
        catalog[list]![0] = JsonNode.Parse(entry);
        LoadFails(catalog).ProblemTexts().Should().Contain(problem);
    }

    [Theory]
    [InlineData("cast", "$.films[0] (film \"swan-lake-1957\").cast[0]: expected an object, found the string \"Ulanova\"")]
    [InlineData("composers", "$.films[0] (film \"swan-lake-1957\").composers[0]: expected an object, found the string \"Ulanova\"")]
    [InlineData("facts", "$.films[0] (film \"swan-lake-1957\").facts[0]: expected an object, found the string \"Ulanova\"")]
    public void A_list_item_that_is_not_an_object_is_reported_by_its_position(string field, string problem)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)[field] = new JsonArray("Ulanova");
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be(problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \t")]
    public void An_empty_or_blank_string_is_rejected(string text)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["summary"] = text;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be("$.films[0] (film \"swan-lake-1957\").summary: expected a non-empty string, found an empty one");
    }

    [Theory]
    [InlineData("ftp://example.org/film")]
    [InlineData("/films/1")]
    [InlineData("not a url")]
    [InlineData("mailto:someone@example.org")]
    public void Sources_must_be_absolute_http_urls(string url)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["sources"] = new JsonArray(url);
        LoadFails(catalog).ProblemTexts().Should().Contain($"$.films[0] (film \"swan-lake-1957\").sources[0]: expected an absolute http or https URL, found \"{url}\"");
    }

    [Theory]
    [InlineData("https://de.wikipedia.org/wiki/Beethoven_–_Tage_aus_einem_Leben")]
    [InlineData("http://пример.рф/")]
    public void Sources_that_uri_reads_load_whatever_their_form(string url)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["sources"] = new JsonArray(url);
        TestCatalog.LoadJson(catalog.ToJsonString()).GetFilm("swan-lake-1957").Sources.Should().ContainSingle().Which.Should().Be(new Uri(url));
    }

    [Fact]
    public void A_film_with_an_empty_source_list_is_rejected()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["sources"] = new JsonArray();
        LoadFails(catalog).ProblemTexts().Should().Contain("$.films[0] (film \"swan-lake-1957\").sources: expected at least one item, found an empty array");
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("partly-true")]
    [InlineData("refuted")]
    public void A_judged_fact_needs_a_source(string status)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["facts"] = new JsonArray(new JsonObject { ["statement"] = "It was shot in Moscow.", ["status"] = status });
        LoadFails(catalog).ProblemTexts().Should().Contain("$.films[0] (film \"swan-lake-1957\").facts[0].sources: a fact that is not unconfirmed needs at least one source");
    }

    [Fact]
    public void An_unconfirmed_film_may_not_name_directors_cast_or_studios()
    {
        var catalog = SwanLake();
        catalog["format"] = 1;
        FirstFilm(catalog)["verification"] = "unconfirmed";
        FirstFilm(catalog)["verificationNote"] = "No such film was found.";
        FirstFilm(catalog)["directors"] = new JsonArray("Someone Invented");
        FirstFilm(catalog)["cast"] = new JsonArray(new JsonObject { ["actor"] = "Someone Else" });
        FirstFilm(catalog)["studios"] = new JsonArray("Some Studio");

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().HaveCount(3);
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").studios: an unconfirmed film cannot name studios: no source confirms the film");
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").directors: an unconfirmed film cannot name directors: no source confirms the film");
        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").cast: an unconfirmed film cannot name cast: no source confirms the film");
    }

    [Fact]
    public void A_film_that_exists_needs_a_year_and_a_kind()
    {
        var catalog = SwanLake();
        FirstFilm(catalog).Remove("year");
        FirstFilm(catalog).Remove("kind");

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Contain(p => p.StartsWith("$.films[0] (film \"swan-lake-1957\").year: required field is missing", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("$.films[0] (film \"swan-lake-1957\").kind: required field is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrected_film_needs_a_verification_note()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["verification"] = "corrected";
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("$.films[0] (film \"swan-lake-1957\").verificationNote: required for a film marked corrected");
    }

    [Theory]
    [InlineData("Swan Lake")]
    [InlineData("swan--lake")]
    [InlineData("-swan")]
    [InlineData("лебедь")]
    public void Ids_must_be_lowercase_slugs(string id)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["id"] = id;
        catalog["selections"] = new JsonArray();
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("$.films[0].id: expected an id of lowercase letters").And.Contain($"found \"{id}\"");
    }

    [Theory]
    [InlineData("0065127")]
    [InlineData("tt12")]
    [InlineData("tt006512")]
    [InlineData("tt12345678901")]
    [InlineData("nm0065127")]
    [InlineData("tt00651a7")]
    [InlineData("tt0065127/")]
    public void Malformed_imdb_ids_are_rejected(string id)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["imdbId"] = id;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle()
            .Which.Should().Be($"$.films[0] (film \"swan-lake-1957\").imdbId: expected an IMDb title id such as \"tt0065127\", found \"{id}\"");
    }

    [Theory]
    [InlineData("USSR")]
    [InlineData("su")]
    public void Countries_must_be_iso_codes(string code)
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["countries"] = new JsonArray(code);
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be($"$.films[0] (film \"swan-lake-1957\").countries[0]: expected an ISO 3166 alpha-2 code such as \"SU\", found \"{code}\"");
    }

    [Fact]
    public void A_composer_cannot_die_before_being_born()
    {
        var catalog = SwanLake();
        catalog["composers"]![0]!["born"] = 1893;
        catalog["composers"]![0]!["died"] = 1840;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be("$.composers[0] (composer \"tchaikovsky\").died: expected a year not before the birth year 1893, found 1840");
    }

    [Fact]
    public void Duplicate_themes_and_credits_are_rejected()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["themes"] = new JsonArray("ballet", "ballet", "ballet");
        FirstFilm(catalog)["composers"]!.AsArray().Add(new JsonObject { ["id"] = "tchaikovsky", ["role"] = "music" });

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().Equal(
            "$.films[0] (film \"swan-lake-1957\").composers[1]: duplicate composer credit \"tchaikovsky as Music\"",
            "$.films[0] (film \"swan-lake-1957\").themes: duplicate theme \"Ballet\"",
            "$.films[0] (film \"swan-lake-1957\").themes: duplicate theme \"Ballet\"");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public void Duplicate_references_are_found_in_short_and_long_lists(int copies)
    {
        var catalog = SwanLake();
        catalog["selections"]![0]!["films"] = new JsonArray(Enumerable.Range(0, copies).Select(_ => (JsonNode?)JsonValue.Create("swan-lake-1957")).ToArray());
        FirstFilm(catalog)["composers"] = new JsonArray(Enumerable.Range(0, copies).Select(_ => (JsonNode?)new JsonObject { ["id"] = "tchaikovsky", ["role"] = "music" }).ToArray());

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Where(p => p.Contains("duplicate film \"swan-lake-1957\"")).Should().HaveCount(copies - 1);
        problems.Where(p => p.Contains("duplicate composer credit \"tchaikovsky as Music\"")).Should().HaveCount(copies - 1);
        problems.Should().Contain($"$.selections[0] (selection \"picks\").films[{copies - 1}]: duplicate film \"swan-lake-1957\"");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_without_a_stack_overflow()
    {
        var deep = "{\"format\":1,\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        LoadFails(deep).ProblemTexts().Should().ContainSingle().Which.Should().Contain("not valid JSON").And.Contain("depth");
    }

    [Fact]
    public void Input_larger_than_the_limit_is_rejected_before_it_is_parsed()
    {
        using var endless = ForwardOnlyStream.EndlessSpaces();
        var act = () => FilmCatalog.Load(endless);
        act.Should().Throw<CatalogFormatException>().Which.ProblemTexts().Should().ContainSingle()
            .Which.Should().StartWith("$: the catalogue is larger than the limit of");
    }

    [Fact(Timeout = 300_000)]
    public async System.Threading.Tasks.Task Input_past_what_an_array_holds_is_too_large_even_when_MaxBytes_allows_it()
    {
        // With MaxBytes = int.MaxValue, 2 GiB of input ended in an IOException ("Stream was too long"), not a refusal.
        using var endless = ForwardOnlyStream.EndlessSpaces();

        var error = await System.Threading.Tasks.Task.Run(() =>
            ((Func<FilmCatalog>)(() => FilmCatalog.Load(endless, new CatalogLoadOptions(maxBytes: int.MaxValue)))).Should().Throw<CatalogFormatException>().Which);

        error.ProblemTexts().Should().Equal("$: the catalogue is larger than the limit of 2147483591 bytes");
    }

    [Fact]
    public void A_very_long_string_is_rejected()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["summary"] = new string('x', 50_000);
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Contain(".summary: expected at most 20000 characters, found 50000");
    }

    [Fact]
    public void Unknown_fields_are_ignored_so_newer_files_still_load()
    {
        var catalog = SwanLake();
        catalog["publisher"] = "someone";
        FirstFilm(catalog)["colour"] = new JsonObject { ["process"] = "Sovcolor" };

        TestCatalog.LoadJson(catalog.ToJsonString()).GetFilm("swan-lake-1957").Title.Should().Be("Swan Lake");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SwanLake().ToJsonString())).ToArray();
        FilmCatalog.Load(new MemoryStream(bytes)).Films.Should().ContainSingle();
    }

    [Fact]
    public void The_message_lists_every_problem_on_its_own_line()
    {
        var catalog = SwanLake();
        FirstFilm(catalog).Remove("title");
        FirstFilm(catalog).Remove("summary");

        var error = LoadFails(catalog);

        error.Message.Split('\n').Should().HaveCount(3);
        error.Message.Should().StartWith("The film catalogue is not valid (2 problems):");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("unknownField")]
    public void An_unpaired_surrogate_in_a_string_or_a_field_name_is_a_format_error(string field)
    {
        var json = SwanLake().ToJsonString().Replace("\"title\":\"Swan Lake\"", field == "title" ? "\"title\":\"Swan \\ud800Lake\"" : "\"title\":\"Swan Lake\",\"\\udc00x\":1", StringComparison.Ordinal);

        var error = LoadFails(json);

        error.ProblemTexts().Should().Contain(p => p.StartsWith("$", StringComparison.Ordinal) && p.Contains("not valid UTF-8 or holds an unpaired surrogate"));
        error.ProblemTexts().Should().OnlyContain(p => p.Contains("unpaired surrogate"));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_format_error()
    {
        var bytes = Encoding.UTF8.GetBytes(SwanLake().ToJsonString().Replace("Swan Lake", "Swan XLake", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xFF;

        var act = () => FilmCatalog.Load(new MemoryStream(bytes));

        act.Should().Throw<CatalogFormatException>().Which.ProblemTexts().Should().ContainSingle().Which.Should().Contain("UTF-8");
    }

    [Fact]
    public void A_field_given_twice_is_rejected_naming_the_field()
    {
        var json = SwanLake().ToJsonString().Replace("\"year\":1957", "\"year\":1957,\"year\":1999", StringComparison.Ordinal);
        var error = LoadFails(json);
        error.ProblemTexts().Should().ContainSingle().Which.Should().Be("$.films[0] (film \"swan-lake-1957\").year: the field is given more than once");
    }

    [Fact]
    public void An_id_written_after_the_fields_with_problems_still_labels_them()
    {
        var json = "{\"format\":1,\"dataVersion\":\"x\",\"composers\":[],\"films\":[{\"year\":\"soon\",\"title\":\"T\",\"summary\":\"S\","
            + "\"verification\":\"verified\",\"kind\":\"feature\",\"sources\":[\"https://example.org/\"],\"id\":\"late-id\"}]}";

        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("$.films[0] (film \"late-id\").year: expected a whole number");
    }

    [Fact]
    public void A_syntax_error_after_other_problems_is_reported_alone()
    {
        var json = SwanLake().ToJsonString().Replace("\"title\":\"Swan Lake\"", "\"title\":42", StringComparison.Ordinal);
        json = json.Substring(0, json.Length - 1) + ",}";

        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("line 1, byte").And.Contain("not valid JSON");
    }

    [Theory]
    [InlineData("extra", "{\"a\":[\"ok\",\"\\ud800\"]}", "$.films[0] (film \"swan-lake-1957\").extra.a[1]")]
    [InlineData("title", "[\"\\ud800\"]", "$.films[0] (film \"swan-lake-1957\").title[0]")]
    [InlineData("themes", "[\"ballet\",{\"a\":\"\\ud800\"}]", "$.films[0] (film \"swan-lake-1957\").themes[1].a")]
    public void Text_that_is_not_text_deep_in_a_value_is_reported_at_its_own_place_and_alone(string field, string value, string place)
    {
        var json = SwanLake().ToJsonString().Replace("\"summary\":", $"\"{field}\":{value},\"summary\":", StringComparison.Ordinal);
        if (field == "title")
        {
            json = json.Replace("\"title\":\"Swan Lake\",", "", StringComparison.Ordinal);
        }

        if (field == "themes")
        {
            json = json.Replace("\"themes\":[\"ballet\"],", "", StringComparison.Ordinal);
        }

        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().Be($"{place}: expected text, found a string that is not valid UTF-8 or holds an unpaired surrogate");
    }

    [Fact]
    public void A_field_given_as_null_then_with_a_value_is_only_given_twice()
    {
        var json = SwanLake().ToJsonString().Replace("\"title\":\"Swan Lake\"", "\"title\":null,\"title\":\"Swan Lake\"", StringComparison.Ordinal);
        var problems = LoadFails(json).ProblemTexts();

        problems.Should().Contain("$.films[0] (film \"swan-lake-1957\").title: the field is given more than once");
        problems.Should().NotContain(p => p.Contains("required field is missing"));
    }

    [Fact]
    public void A_stream_positioned_past_its_end_reads_as_empty()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(SwanLake().ToJsonString())) { Position = 100_000 };
        var act = () => FilmCatalog.Load(stream);
        act.Should().Throw<CatalogFormatException>().Which.ProblemTexts().Should().ContainSingle().Which.Should().Contain("not valid JSON");
    }

    [Fact]
    public void An_entry_with_thousands_of_problems_reports_the_first_ones_and_says_there_are_more()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["studios"] = new JsonArray(Enumerable.Range(0, 5_000).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

        var problems = LoadFails(catalog).ProblemTexts();

        problems.Should().HaveCount(201);
        problems[0].Should().Be("$.films[0] (film \"swan-lake-1957\").studios[0]: expected a string, found the number 0");
        problems[^1].Should().Be("(more problems were found; fix these first)");
    }

    [Theory]
    [InlineData(" x")]
    [InlineData(" {}")]
    [InlineData(" // a comment")]
    public void Content_after_the_root_object_is_not_json(string tail)
    {
        LoadFails(SwanLake().ToJsonString() + tail).ProblemTexts().Should().ContainSingle().Which.Should().Contain("not valid JSON");
    }

    [Fact]
    public void White_space_after_the_root_object_is_fine()
    {
        TestCatalog.LoadJson(SwanLake().ToJsonString() + " \n\t").Films.Should().ContainSingle();
    }

    [Fact]
    public void A_string_that_is_not_text_inside_an_ignored_field_is_still_a_format_error()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["colour"] = new JsonObject { ["process"] = "Sovcolor" };
        var json = catalog.ToJsonString().Replace("Sovcolor", "Sov\\ud800color", StringComparison.Ordinal);

        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("$.films[0] (film \"swan-lake-1957\").colour.process: expected text");
    }

    [Theory]
    [InlineData("\"text\"", "the string \"text\"")]
    [InlineData("12", "the number 12")]
    [InlineData("true", "the boolean true")]
    [InlineData("null", "null")]
    public void A_root_that_is_not_an_object_says_what_it_is(string json, string found)
    {
        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().Be($"$: expected a JSON object, found {found}");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    public void A_format_that_is_not_a_whole_number_is_rejected(string format)
    {
        var json = SwanLake().ToJsonString().Replace("\"format\":2", "\"format\":" + format, StringComparison.Ordinal);
        LoadFails(json).ProblemTexts().Should().ContainSingle().Which.Should().StartWith("$.format: expected a whole number");
    }

    [Fact]
    public void A_selection_without_films_is_rejected()
    {
        var catalog = SwanLake();
        catalog["selections"]![0]!["films"] = new JsonArray();
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be("$.selections[0] (selection \"picks\").films: expected at least one item, found an empty array");
    }

    [Fact]
    public void An_explicit_null_for_a_required_field_counts_as_missing()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["title"] = null;
        LoadFails(catalog).ProblemTexts().Should().ContainSingle().Which.Should().Be("$.films[0] (film \"swan-lake-1957\").title: required field is missing");
    }

    [Fact]
    public void Problems_say_where_which_entry_which_field_and_what_kind()
    {
        var catalog = SwanLake();
        FirstFilm(catalog)["year"] = 1;
        FirstFilm(catalog)["runtimeMinutes"] = "long";
        FirstFilm(catalog)["works"] = new JsonArray("nowhere");

        var problems = LoadFails(catalog).Problems;

        problems.Should().HaveCount(3);
        problems.Should().ContainSingle(p => p.Kind == CatalogProblemKind.WrongType).Which.Should().BeEquivalentTo(new
        {
            Path = "$.films[0].runtimeMinutes",
            Place = "$.films[0] (film \"swan-lake-1957\").runtimeMinutes",
            EntryKind = (CatalogEntryKind?)CatalogEntryKind.Film,
            EntryId = "swan-lake-1957",
            Field = "runtimeMinutes",
            Row = (int?)null,
            Column = (string?)null,
        });
        var year = problems.Single(p => p.Kind == CatalogProblemKind.OutOfRange);
        (year.Path, year.Field, year.EntryId).Should().Be(("$.films[0].year", "year", "swan-lake-1957"));
        year.ToString().Should().Be($"$.films[0] (film \"swan-lake-1957\").year: expected a whole number from 1888 to {DateTime.UtcNow.Year + 1}, found 1");
        var unknown = problems.Single(p => p.Kind == CatalogProblemKind.UnknownReference);
        (unknown.Path, unknown.Field, unknown.Message).Should().Be(("$.films[0].works[0]", "works", "unknown work id \"nowhere\": no work with that id is defined"));
    }

    [Fact]
    public void A_syntax_error_carries_its_line_and_no_entry()
    {
        var problem = LoadFails("{\n  \"format\": 1,\n  \"films\": [ oops ]\n}").Problems.Should().ContainSingle().Subject;
        problem.Kind.Should().Be(CatalogProblemKind.Syntax);
        problem.Line.Should().Be(3);
        (problem.Path, problem.EntryKind, problem.EntryId, problem.Field).Should().Be(((string?)null, (CatalogEntryKind?)null, (string?)null, (string?)null));
    }
}
