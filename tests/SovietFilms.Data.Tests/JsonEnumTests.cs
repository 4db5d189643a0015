using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SovietFilms.Data.Tests;

/// <summary>The library's enums in System.Text.Json: written and read by their data names, never as numbers.</summary>
public sealed class JsonEnumTests
{
    [Fact]
    public void A_film_serializes_its_enums_by_their_data_names()
    {
        var film = FilmCatalog.Default.GetFilm("tchaikovsky-1970");

        var json = JsonSerializer.Serialize(film);

        json.Should().Contain("\"Kind\":\"feature\"").And.Contain("\"biography\"").And.MatchRegex("\"Verification\":\"[a-z]+\"").And.MatchRegex("\"Role\":\"[a-z-]+\"");
    }

    [Fact]
    public void Data_names_read_back_as_values_and_as_keys_and_anything_else_is_a_clear_error()
    {
        JsonSerializer.Deserialize<Theme>("\"coming-of-age\"").Should().Be(Theme.ComingOfAge);
        JsonSerializer.Deserialize<FilmKind?>("\"television-film\"").Should().Be(FilmKind.TelevisionFilm);
        JsonSerializer.Deserialize<Dictionary<PersonRole, int>>("{\"singing-voice\": 2}").Should().ContainKey(PersonRole.SingingVoice);
        JsonSerializer.Serialize(new Dictionary<FactStatus, int> { [FactStatus.PartlyTrue] = 1 }).Should().Be("{\"partly-true\":1}");

        ((Func<object>)(() => JsonSerializer.Deserialize<Theme>("\"ComingOfAge\""))).Should().Throw<JsonException>().WithMessage("*\"ComingOfAge\" is not a Theme; expected one of: biography, *");
        ((Func<object>)(() => JsonSerializer.Deserialize<Theme>("3"))).Should().Throw<JsonException>().WithMessage("*as a string*");
        ((Func<object>)(() => JsonSerializer.Serialize((Theme)99))).Should().Throw<JsonException>().WithMessage("*not a defined Theme*");
    }
}
