// A program that uses the packed packages as any consumer would, and checks what it gets. Exit code 0 only if all hold.
using ConsumerSmoke.Library;
using SovietFilms.Data;
using SovietFilms.Data.Csv;

var failures = new List<string>();
var checks = 0;
void Check(bool condition, string what)
{
    checks++;
    if (!condition)
    {
        failures.Add(what);
    }
}

var catalog = FilmCatalog.Default;
Check(catalog.Films.Count >= 60, $"the catalogue holds at least 60 films (it holds {catalog.Films.Count})");
Check(catalog.Query().WithComposer("Чайковский").Any(f => f.Id == "tchaikovsky-1970"), "Чайковский finds Tchaikovsky (1970)");
Check(catalog.GetSelection("classical-music-in-soviet-cinema").Films.Count == 10, "the curator's selection holds ten films");
Check(catalog.Search("Tchaikovksy")[0].Composer?.Id == "tchaikovsky", "a misspelt search finds Tchaikovsky");

var fromLibrary = Biopics.OfTheSeventies();
Check(fromLibrary.SequenceEqual(catalog.Query().WithTheme(Theme.Biography).ReleasedInDecade(1970).Select(f => f.Id)), "the netstandard2.0 library agrees with the app");
Check(fromLibrary.Contains("tchaikovsky-1970"), "the library finds Tchaikovsky (1970) among the biopics of the 1970s");

var csv = new StringWriter();
FilmCsv.Write(catalog.Query().WithComposer("Prokofiev"), csv);
var text = csv.ToString();
Check(text.StartsWith("id,title,original_title,", StringComparison.Ordinal), "the CSV starts with its header");
var fromCsv = FilmCsv.Read(new StringReader(text));
Check(fromCsv.Films.Count == catalog.Query().WithComposer("Prokofiev").Count(), "the CSV reads back into as many films");
var everything = new StringWriter();
FilmCsv.Write(catalog.Films, everything);
var allFromCsv = FilmCsv.Read(new StringReader(everything.ToString()));
Check(allFromCsv.Films.Select(f => f.Title + f.Year + string.Join("|", f.Credits)).SequenceEqual(catalog.Films.Select(f => f.Title + f.Year + string.Join("|", f.Credits))), "the whole catalogue comes back from CSV");

var built = new FilmCatalogBuilder("smoke.1")
    .Add(new ComposerEntry { Id = "c", Name = "A Composer", Sources = ["https://example.org/c"] })
    .Add(new FilmEntry { Id = "f-1960", Title = "A Film", Year = 1960, Kind = FilmKind.Feature, Summary = "A test.", Verification = VerificationStatus.Verified, Sources = ["https://example.org/f"], Composers = [new CreditEntry("c", ComposerRole.Score)] })
    .Build();
Check(catalog.With(built).GetFilm("tchaikovsky-1970") == catalog.GetFilm("tchaikovsky-1970"), "an overlay keeps the base catalogue's films");

using var json = new MemoryStream();
catalog.WriteJson(json);
json.Position = 0;
Check(FilmCatalog.Load(json).Films.Count == catalog.Films.Count, "the JSON written loads back whole");
json.Position = 0;
Check(Biopics.LoadWithEveryBound(json, (int)json.Length) == catalog.Films.Count, "the C# 7.3 library loads the JSON with every bound set");
json.Position = 0;
var refused = false;
try
{
    Biopics.LoadWithEveryBound(json, (int)json.Length - 1);
}
catch (CatalogFormatException e) when (e.Problems.Count == 1 && e.Problems[0].Message.Contains("limit", StringComparison.Ordinal))
{
    refused = true;
}

Check(refused, "a bound set from C# 7.3 is kept: one byte too many is refused");

const string Overlay = """
    {
      "format": 2, "dataVersion": "mine.1",
      "films": [{
        "id": "tchaikovsky-1970", "title": "Tchaikovsky", "year": 1970, "kind": "feature", "themes": ["biography"],
        "studios": ["mosfilm"], "composers": [{ "id": "tchaikovsky", "role": "subject" }],
        "summary": "Corrected.", "verification": "verified", "sources": ["https://example.org/f"]
      }]
    }
    """;
var replaced = Biopics.Correct(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Overlay)));
Check(replaced.SequenceEqual(["film \"tchaikovsky-1970\""]), "the C# 7.3 library's overlay credits embedded entries by id and replaces one embedded film");

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAILED: {failure}");
}

Console.WriteLine($"consumer smoke ({System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, built for {AppContext.TargetFrameworkName}): {checks - failures.Count} passed, {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;
