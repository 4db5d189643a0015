using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>
/// For many generated catalogues and queries, the indexed <see cref="FilmQuery"/> must return exactly what a
/// plain LINQ filter over <see cref="FilmCatalog.Films"/> returns, in the same order.
/// </summary>
public sealed class QueryOracleTests
{
    private static readonly Theme[] AllThemes = Enum.GetValues<Theme>();
    private static readonly string[] Roles = ["subject", "music", "score"];
    private static readonly string[] Verifications = ["verified", "corrected", "unconfirmed"];
    private static readonly string[] Kinds = ["feature", "television-film", "mini-series", "short", "animated", "documentary"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Indexed_queries_agree_with_linq(int seed)
    {
        var random = new Random(seed);
        for (var catalogNumber = 0; catalogNumber < 20; catalogNumber++)
        {
            var catalog = GenerateCatalog(random);
            for (var queryNumber = 0; queryNumber < 50; queryNumber++)
            {
                var (query, oracle, description) = GenerateQuery(random, catalog);
                var expected = catalog.Films.Where(oracle).Select(f => f.Id).ToArray();
                query.ToList().Select(f => f.Id).Should().Equal(expected, "seed {0}, catalogue {1}, query {2}", seed, catalogNumber, description);
            }
        }
    }

    internal static FilmCatalog GenerateCatalog(Random random)
    {
        var catalog = new TestCatalog();
        var composerCount = random.Next(1, 8);
        for (var c = 0; c < composerCount; c++)
        {
            catalog.Composer($"c{c}", $"Name{c} Surname{c % 3}", $"Имя{c}");
        }

        var filmCount = random.Next(0, 60);
        for (var f = 0; f < filmCount; f++)
        {
            var verification = Verifications[random.Next(Verifications.Length)];
            int? year = verification == "unconfirmed" && random.Next(2) == 0 ? null : random.Next(1930, 1992);
            var themes = AllThemes.Where(_ => random.Next(5) == 0).Select(ToKebab).ToArray();
            var credits = Enumerable.Range(0, composerCount)
                .SelectMany(c => Roles.Where(_ => random.Next(6) == 0).Select(r => $"c{c}:{r}"))
                .ToArray();
            var kind = Kinds[random.Next(Kinds.Length)];
            catalog.Film($"f{f}", RandomTitle(random), year, themes, credits, verification, kind: kind);
        }

        return catalog.Load();
    }

    private static (FilmQuery Query, Func<Film, bool> Oracle, string Description) GenerateQuery(Random random, FilmCatalog catalog)
    {
        var query = catalog.Query();
        Func<Film, bool> oracle = _ => true;
        var description = new List<string>();
        var conditions = random.Next(0, 4);
        for (var i = 0; i < conditions; i++)
        {
            var previous = oracle;
            switch (random.Next(8))
            {
                case 7:
                    {
                        var kind = (FilmKind)random.Next(6);
                        query = query.OfKind(kind);
                        oracle = f => previous(f) && f.Kind == kind;
                        description.Add($"kind {kind}");
                        break;
                    }

                case 0:
                    {
                        var from = random.Next(1925, 1995);
                        var to = from + random.Next(0, 25);
                        query = query.ReleasedBetween(from, to);
                        oracle = f => previous(f) && f.Year >= from && f.Year <= to;
                        description.Add($"between {from} and {to}");
                        break;
                    }

                case 1:
                    {
                        var decade = random.Next(193, 200) * 10;
                        query = query.ReleasedInDecade(decade);
                        oracle = f => previous(f) && f.Year / 10 * 10 == decade;
                        description.Add($"decade {decade}");
                        break;
                    }

                case 2:
                    {
                        var theme = AllThemes[random.Next(AllThemes.Length)];
                        query = query.WithTheme(theme);
                        oracle = f => previous(f) && f.Themes.Contains(theme);
                        description.Add($"theme {theme}");
                        break;
                    }

                case 3:
                    {
                        var themes = AllThemes.Where(_ => random.Next(4) == 0).DefaultIfEmpty(Theme.Opera).ToArray();
                        var any = random.Next(2) == 0;
                        query = any ? query.WithAnyTheme(themes) : query.WithAllThemes(themes);
                        oracle = any
                            ? f => previous(f) && themes.Any(f.Themes.Contains)
                            : f => previous(f) && themes.All(f.Themes.Contains);
                        description.Add($"{(any ? "any" : "all")} of {string.Join("/", themes)}");
                        break;
                    }

                case 4:
                    {
                        // By id, or by a surname that several generated composers share.
                        var number = random.Next(0, 9);
                        var byId = random.Next(2) == 0;
                        var name = byId ? $"c{number}" : $"surname{number % 3}";
                        var ids = catalog.Composers
                            .Where(c => byId ? c.Id == name : c.Name.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                            .Select(c => c.Id)
                            .ToHashSet();
                        ComposerRole? role = random.Next(2) == 0 ? null : (ComposerRole)random.Next(3);
                        query = role is { } r ? query.WithComposer(name, r) : query.WithComposer(name);
                        oracle = f => previous(f) && f.Composers.Any(c => ids.Contains(c.Composer.Id) && (role is null || c.Role == role));
                        description.Add($"composer {name} as {role?.ToString() ?? "any"}");
                        break;
                    }

                case 5:
                    {
                        query = query.VerifiedOnly();
                        oracle = f => previous(f) && f.Verification != VerificationStatus.Unconfirmed;
                        description.Add("verified");
                        break;
                    }

                default:
                    {
                        var letter = ((char)('a' + random.Next(26))).ToString();
                        query = query.Matching(letter);
                        oracle = f => previous(f) && f.Title.Contains(letter, StringComparison.OrdinalIgnoreCase);
                        description.Add($"title with {letter}");
                        break;
                    }
            }
        }

        return (query, oracle, string.Join(", ", description));
    }

    /// <summary>One or two short words of plain letters, so that a title filter has both hits and misses.</summary>
    private static string RandomTitle(Random random) => string.Join(
        " ",
        Enumerable.Range(0, random.Next(1, 3)).Select(_ => new string(Enumerable.Range(0, random.Next(2, 6)).Select(_ => (char)('a' + random.Next(26))).ToArray())));

    private static string ToKebab(Theme theme) =>
        string.Concat(theme.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
