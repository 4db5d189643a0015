using System;
using System.IO;
using System.Text.Json;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// Deterministic synthetic catalogues of any size, written in the catalogue format and loaded through the public
/// <see cref="FilmCatalog.Load"/>: 200 composers, films from 1930 to 1991, one to three themes and composers each.
/// </summary>
internal static class SyntheticCatalog
{
    public const int Composers = 200;

    private static readonly string[] Themes = ["biography", "opera", "operetta", "ballet", "concert", "rivalry", "mastery", "coming-of-age", "ensemble-life", "comedy", "redemption", "romance", "historical-drama", "heritage", "artistic-freedom", "adversity", "literary-adaptation"];
    private static readonly string[] Kinds = ["feature", "television-film", "mini-series", "short", "animated", "documentary"];
    private static readonly string[] Roles = ["subject", "music", "score"];

    public static FilmCatalog Load(int films) => FilmCatalog.Load(new MemoryStream(Json(films)));

    public static byte[] Json(int films)
    {
        var random = new Random(films);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("dataVersion", $"synthetic.{films}");
            json.WriteStartArray("composers");
            for (var c = 0; c < Composers; c++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"c{c}");
                json.WriteString("name", $"Composer Number{c}");
                json.WriteStartArray("sources");
                json.WriteStringValue($"https://example.org/composers/{c}");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("films");
            for (var f = 0; f < films; f++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"f{f}");
                json.WriteString("title", $"Film {f}");
                json.WriteNumber("year", 1930 + random.Next(62));
                json.WriteString("kind", Kinds[random.Next(Kinds.Length)]);
                json.WriteStartArray("themes");
                var first = random.Next(Themes.Length);
                var themeCount = random.Next(1, 4);
                for (var t = 0; t < themeCount; t++)
                {
                    json.WriteStringValue(Themes[(first + (t * 5)) % Themes.Length]);
                }

                json.WriteEndArray();
                json.WriteStartArray("composers");
                var composer = random.Next(Composers);
                var credits = random.Next(1, 4);
                for (var c = 0; c < credits; c++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", $"c{(composer + (c * 37)) % Composers}");
                    json.WriteString("role", Roles[c]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("summary", "A synthetic film for measurements.");
                json.WriteString("verification", "verified");
                json.WriteStartArray("sources");
                json.WriteStringValue($"https://example.org/films/{f}");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
