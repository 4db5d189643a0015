using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The CSV round-trip property: any catalogue written as CSV and read back gives the same films, field by field,
/// for every field the layout carries, whatever its values hold: the layout's own separators, quotes,
/// apostrophes, brackets, line breaks and formula characters, in every text field.
/// </summary>
public sealed class CsvRoundTripTests
{
    // Pieces of text that have broken CSV layouts: separators of the layout and of CSV, escapes, formulas, scripts.
    private static readonly string[] Pieces =
    [
        "a", "Z", "Чайковский", "ё", "ß", " ", "  ", ";", "; ", " ;", "|", " | ", "||", "\\", "\\;", "\\|", "\\\\", "'", "''", "\"", "\"\"",
        ",", "(", ")", " (", ") ", "[x]", "[", "]", "=", "+", "-", "@", "=1+1", "#", "%", "{}", "&amp;",
    ];

    private static readonly Theme[] Themes = Enum.GetValues<Theme>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Any_catalogue_comes_back_from_csv_field_by_field(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var catalog = Generate(random);
            var writer = new StringWriter();
            FilmCsv.Write(catalog.Films, writer);

            var read = FilmCsv.Read(new StringReader(writer.ToString()));

            CsvRoundTrip.Films(read).Should().Equal(CsvRoundTrip.Films(catalog), $"catalogue {i} of seed {seed} comes back whole");
        }
    }

    [Fact]
    public void A_value_that_starts_with_an_apostrophe_keeps_it()
    {
        var catalog = Catalog(random: null, title: "'=1");
        var writer = new StringWriter();
        FilmCsv.Write(catalog.Films, writer);

        writer.ToString().Should().Contain("\"''=1\"", "an apostrophe is escaped by another, and the cell quoted");
        FilmCsv.Read(new StringReader(writer.ToString())).Films[0].Title.Should().Be("'=1");
    }

    private static FilmCatalog Generate(Random random) => Catalog(random, title: null);

    private static FilmCatalog Catalog(Random? random, string? title)
    {
        string Text() => random is null ? "text" : Hostile(random);
        var composers = random?.Next(1, 4) ?? 1;
        var builder = new FilmCatalogBuilder("csv");
        for (var c = 0; c < composers; c++)
        {
            builder.Add(new ComposerEntry { Id = $"c{c}", Name = Text(), Sources = ["https://example.org/c"] });
            builder.Add(new WorkEntry { Id = $"c{c}-w", Composer = $"c{c}", Title = Text() });
        }

        var people = random?.Next(1, 4) ?? 1;
        for (var p = 0; p < people; p++)
        {
            builder.Add(new PersonEntry { Id = $"p{p}", Name = Text() });
            builder.Add(new StudioEntry { Id = $"s{p}", Name = Text() });
        }

        var films = random?.Next(1, 6) ?? 1;
        for (var f = 0; f < films; f++)
        {
            var verification = random is null ? VerificationStatus.Verified : (VerificationStatus)random.Next(3);
            var confirmed = verification != VerificationStatus.Unconfirmed;
            builder.Add(new FilmEntry
            {
                Id = $"f{f}",
                Title = title ?? Text(),
                OriginalTitle = random?.Next(2) == 0 ? null : Text(),
                AlternateTitles = Many(random, Text),
                Year = confirmed ? 1930 + f : null,
                Kind = confirmed ? FilmKind.Feature : null,
                Countries = random?.Next(2) == 0 ? ["SU", "DD"] : [],
                Studios = confirmed ? Enumerable.Range(0, people).Where(p => random?.Next(2) != 0).Select(p => $"s{p}").ToArray() : [],
                Credits = confirmed ? Credits(random, people, Text) : [],
                RuntimeMinutes = random?.Next(2) == 0 ? null : 90,
                Themes = random is null ? [] : Themes.Where(_ => random.Next(6) == 0).ToArray(),
                Composers = Enumerable.Range(0, composers).Where(c => random?.Next(2) != 0).Select(c => new CreditEntry($"c{c}", (ComposerRole)(c % 3))).ToArray(),
                Works = Enumerable.Range(0, composers).Where(c => random?.Next(3) == 0).Select(c => $"c{c}-w").ToArray(),
                Summary = Text(),
                Description = random?.Next(2) == 0 ? null : Text(),
                ListedAs = random?.Next(2) == 0 ? null : Text(),
                Facts = Many(random, () => new FactEntry(Text(), FactStatus.PartlyTrue, random?.Next(2) == 0 ? null : Text(), ["https://example.org/fact?a=1;b=2", "https://example.org/(x)'y"])),
                Verification = verification,
                VerificationNote = verification == VerificationStatus.Verified ? null : Text(),
                ImdbId = random?.Next(2) == 0 ? null : "tt0065127",
                Sources = ["https://example.org/f", "https://example.org/a|b;c"],
            });
        }

        return builder.Build();
    }

    private static readonly PersonRole[] OwnRoles = Enum.GetValues<PersonRole>().Where(r => r != PersonRole.SingingVoice).ToArray();

    /// <summary>The first person acting, each other in a random role or singing for the first, some with sources of their own.</summary>
    private static PersonCreditEntry[] Credits(Random? random, int people, Func<string> text)
    {
        var credits = new List<PersonCreditEntry> { new("p0", PersonRole.Actor, random?.Next(2) == 0 ? null : text()) };
        for (var p = 1; p < people; p++)
        {
            credits.Add(random is null || random.Next(2) == 0
                ? new PersonCreditEntry($"p{p}", PersonRole.SingingVoice, text(), "p0", ["https://example.org/credit?a=1;b=2"])
                : new PersonCreditEntry($"p{p}", OwnRoles[random.Next(OwnRoles.Length)], random.Next(2) == 0 ? null : text()));
        }

        return [.. credits];
    }

    private static T[] Many<T>(Random? random, Func<T> item) =>
        Enumerable.Range(0, random?.Next(0, 4) ?? 1).Select(_ => item()).ToArray();

    /// <summary>Text of random pieces around a letter, so that it is never blank.</summary>
    private static string Hostile(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]))
        + "x"
        + string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
