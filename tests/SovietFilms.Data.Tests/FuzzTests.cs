using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>
/// Hostile input for both readers, from a seeded mutation fuzzer over real catalogues: truncations, byte flips,
/// inserted and deleted spans, wrong types, huge numbers, deep nesting, very long strings, invalid UTF-8 and byte
/// order marks. Every input must load, or fail with the reader's own <see cref="CatalogFormatException"/> whose
/// problems each name a place; never another exception, never a hang. Set SOVIETFILMS_FUZZ_INPUTS for a longer soak.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("SOVIETFILMS_FUZZ_INPUTS"), out var n) ? n : 100_000;

    private const string JsonPunctuation = "{}[]\",:\\0-e.";

    // Small seeds, so that 100,000 inputs per reader run in seconds; they still use every field the readers know.
    private static readonly FilmCatalog Seed = FilmCatalog.Default.Subset(
        [FilmCatalog.Default.GetFilm("swan-lake-1968"), FilmCatalog.Default.GetFilm("concert-1974")]);

    private static readonly byte[] SeedJson = WriteJson(Seed);

    private static readonly string SeedCsv = WriteCsv(Seed);

    private static readonly (string Find, string[] Replacements)[] TypeSwaps =
    [
        ("\"year\": 1957", ["\"year\":\"1957\"", "\"year\":1e309", "\"year\":99999999999999999999", "\"year\":-0", "\"year\":1957.5", "\"year\":null", "\"year\":[1957]"]),
        ("\"title\": \"Swan Lake\"", ["\"title\":42", "\"title\":true", "\"title\":{}", "\"title\":[]", "\"title\":\"\"", "\"title\":\"\\ud800\""]),
        ("\"format\": 1", ["\"format\":\"1\"", "\"format\":2", "\"format\":1e2", "\"format\":-1"]),
        ("\"sources\": [", ["\"sources\":\"https://example.org\",\"x\":[", "\"sources\":[1,", "\"sources\":[[", "\"sources\":[null,"]),
        ("\"role\": \"music\"", ["\"role\":\"Music\"", "\"role\":1", "\"role\":\"music\",\"role\":\"score\""]),
    ];

    [Fact]
    public Task The_json_reader_fails_only_with_its_own_exception() => Fuzz("JSON", Inputs, MutateJson, bytes => FilmCatalog.Load(new MemoryStream(bytes)));

    [Fact]
    public Task The_csv_reader_fails_only_with_its_own_exception() =>
        Fuzz("CSV", Inputs, MutateCsv, bytes => FilmCsv.Read(new StringReader(Encoding.UTF8.GetString(bytes))));

    private static async Task Fuzz(string reader, int inputs, Func<Random, byte[]> mutate, Func<byte[], FilmCatalog> load)
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        await Task.Run(() =>
        {
            var random = new Random(20261126);
            for (var i = 0; i < inputs && failures.Count < 5; i++)
            {
                var input = mutate(random);
                try
                {
                    load(input);
                }
                catch (CatalogFormatException e)
                {
                    var unplaced = e.ProblemTexts().FirstOrDefault(p => !(p.StartsWith('$') || p.StartsWith("line ", StringComparison.Ordinal) || p.StartsWith("row ", StringComparison.Ordinal)));
                    if (e.ProblemTexts().Count == 0 || unplaced is not null)
                    {
                        failures.Add($"input {i}: a problem names no place: \"{unplaced}\"; input (base64) {Convert.ToBase64String(input)}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"input {i}: {e.GetType().Name}: {e.Message}; input (base64) {Convert.ToBase64String(input)}");
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(3));

        failures.Should().BeEmpty($"{reader} inputs must load or raise CatalogFormatException ({inputs} inputs in {clock.Elapsed.TotalSeconds:F1} s)");
    }

    private static byte[] MutateJson(Random random)
    {
        var bytes = new List<byte>(SeedJson);
        var text = Encoding.UTF8.GetString(SeedJson);
        switch (random.Next(10))
        {
            case 0:
                var swap = TypeSwaps[random.Next(TypeSwaps.Length)];
                var replacement = swap.Replacements[random.Next(swap.Replacements.Length)];
                return Encoding.UTF8.GetBytes(text.Replace(swap.Find, replacement, StringComparison.Ordinal));
            case 1:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 2:
                var deep = new string('[', random.Next(20, 5000));
                return Encoding.UTF8.GetBytes(text.Replace("\"summary\": ", "\"summary\": " + deep, StringComparison.Ordinal));
            case 3:
                return Encoding.UTF8.GetBytes(text.Replace("\"summary\": \"", "\"summary\": \"" + new string('x', random.Next(10_000, 60_000)), StringComparison.Ordinal));
            case 4:
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 5:
                bytes.InsertRange(random.Next(bytes.Count), random.Next(3) switch
                {
                    0 => [0xC3, 0x28],
                    1 => [0xED, 0xA0, 0x80],
                    _ => [0xFF],
                });
                return [.. bytes];
            default:
                for (var flips = random.Next(1, 4); flips > 0; flips--)
                {
                    var at = random.Next(bytes.Count);
                    switch (random.Next(4))
                    {
                        case 0:
                            bytes[at] ^= (byte)(1 << random.Next(8));
                            break;
                        case 1:
                            bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                            break;
                        case 2:
                            var from = random.Next(bytes.Count);
                            bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(1, 60), bytes.Count - from)));
                            break;
                        default:
                            bytes.Insert(at, (byte)JsonPunctuation[random.Next(JsonPunctuation.Length)]);
                            break;
                    }
                }

                return [.. bytes];
        }
    }

    private static byte[] MutateCsv(Random random)
    {
        var text = new StringBuilder(SeedCsv);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(7))
            {
                case 0:
                    text.Length = at;
                    break;
                case 1:
                    text.Remove(at, Math.Min(random.Next(1, 30), text.Length - at));
                    break;
                case 2:
                    text.Insert(at, new[] { "\"", ",", "\r\n", "\n", "; ", "[", "]", "(", ")", "'=", "\0" }[random.Next(11)]);
                    break;
                case 3:
                    text.Insert(at, new string('y', random.Next(100, 30_000)));
                    break;
                case 4:
                    text.Replace("1957", new[] { "19x7", "-5", "99999999999", "1e3", "" }[random.Next(5)]);
                    break;
                case 5:
                    text.Replace("ballet", new[] { "jazz", "", "Ballet", "ballet; ballet" }[random.Next(4)]);
                    break;
                default:
                    text.Replace("(music)", new[] { "(conductor)", "", "(music", "music)" }[random.Next(4)]);
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] WriteJson(FilmCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }

    private static string WriteCsv(FilmCatalog catalog)
    {
        var writer = new StringWriter();
        FilmCsv.Write(catalog.Films, writer);
        return writer.ToString();
    }
}
