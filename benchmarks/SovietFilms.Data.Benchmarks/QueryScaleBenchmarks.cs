using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// One query each by composer, by year range, by theme and combined, on synthetic catalogues of growing size:
/// the indexed <see cref="FilmQuery"/> against a LINQ <c>Where</c> over a <c>List&lt;Film&gt;</c> (the baseline of each
/// group) and against an in-memory SQLite database with indexes. Every method returns the matching films.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class QueryScaleBenchmarks : System.IDisposable
{
    private FilmCatalog catalog = null!;
    private List<Film> films = null!;
    private Dictionary<string, Film> byId = null!;
    private SqliteConnection sqlite = null!;
    private FilmQuery composerQuery = null!;

    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Films { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCatalog.Load(Films);
        films = [.. catalog.Films];
        byId = films.ToDictionary(f => f.Id);
        composerQuery = catalog.Query().WithComposer("c7");
        sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        Execute("CREATE TABLE film (id TEXT PRIMARY KEY, position INTEGER, year INTEGER)");
        Execute("CREATE TABLE film_composer (film TEXT, composer TEXT, role TEXT)");
        Execute("CREATE TABLE film_theme (film TEXT, theme INTEGER)");
        using (var transaction = sqlite.BeginTransaction())
        {
            for (var i = 0; i < films.Count; i++)
            {
                var film = films[i];
                Execute($"INSERT INTO film VALUES ('{film.Id}', {i}, {film.Year})");
                foreach (var credit in film.Composers)
                {
                    Execute($"INSERT INTO film_composer VALUES ('{film.Id}', '{credit.Composer.Id}', '{credit.Role}')");
                }

                foreach (var theme in film.Themes)
                {
                    Execute($"INSERT INTO film_theme VALUES ('{film.Id}', {(int)theme})");
                }
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX film_year ON film (year)");
        Execute("CREATE INDEX film_composer_composer ON film_composer (composer)");
        Execute("CREATE INDEX film_theme_theme ON film_theme (theme)");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        sqlite.Dispose();
        System.GC.SuppressFinalize(this);
    }

    [BenchmarkCategory("composer"), Benchmark(Baseline = true, Description = "LINQ")]
    public List<Film> ComposerLinq() => films.Where(f => f.Composers.Any(c => c.Composer.Id == "c7")).ToList();

    [BenchmarkCategory("composer"), Benchmark(Description = "FilmQuery")]
    public IReadOnlyList<Film> ComposerQuery() => catalog.Query().WithComposer("c7").ToList();

    [BenchmarkCategory("composer"), Benchmark(Description = "FilmQuery, prepared")]
    public IReadOnlyList<Film> ComposerPrepared() => composerQuery.ToList();

    [BenchmarkCategory("composer"), Benchmark(Description = "SQLite")]
    public List<Film> ComposerSqlite() => Select("SELECT DISTINCT f.id FROM film f JOIN film_composer c ON c.film = f.id WHERE c.composer = 'c7' ORDER BY f.position");

    [BenchmarkCategory("years"), Benchmark(Baseline = true, Description = "LINQ")]
    public List<Film> YearsLinq() => films.Where(f => f.Year >= 1950 && f.Year <= 1952).ToList();

    [BenchmarkCategory("years"), Benchmark(Description = "FilmQuery")]
    public IReadOnlyList<Film> YearsQuery() => catalog.Query().ReleasedBetween(1950, 1952).ToList();

    [BenchmarkCategory("years"), Benchmark(Description = "SQLite")]
    public List<Film> YearsSqlite() => Select("SELECT id FROM film WHERE year BETWEEN 1950 AND 1952 ORDER BY position");

    [BenchmarkCategory("theme"), Benchmark(Baseline = true, Description = "LINQ")]
    public List<Film> ThemeLinq() => films.Where(f => f.Themes.Contains(Theme.Opera)).ToList();

    [BenchmarkCategory("theme"), Benchmark(Description = "FilmQuery")]
    public IReadOnlyList<Film> ThemeQuery() => catalog.Query().WithTheme(Theme.Opera).ToList();

    [BenchmarkCategory("theme"), Benchmark(Description = "SQLite")]
    public List<Film> ThemeSqlite() => Select($"SELECT f.id FROM film f JOIN film_theme t ON t.film = f.id WHERE t.theme = {(int)Theme.Opera} ORDER BY f.position");

    [BenchmarkCategory("combined"), Benchmark(Baseline = true, Description = "LINQ")]
    public List<Film> CombinedLinq() => films
        .Where(f => f.Year >= 1960 && f.Year <= 1969 && f.Themes.Contains(Theme.Opera) && f.Composers.Any(c => c.Composer.Id == "c7"))
        .ToList();

    [BenchmarkCategory("combined"), Benchmark(Description = "FilmQuery")]
    public IReadOnlyList<Film> CombinedQuery() => catalog.Query().ReleasedInDecade(1960).WithTheme(Theme.Opera).WithComposer("c7").ToList();

    [BenchmarkCategory("combined"), Benchmark(Description = "SQLite")]
    public List<Film> CombinedSqlite() => Select(
        $"SELECT DISTINCT f.id FROM film f JOIN film_composer c ON c.film = f.id JOIN film_theme t ON t.film = f.id WHERE c.composer = 'c7' AND t.theme = {(int)Theme.Opera} AND f.year BETWEEN 1960 AND 1969 ORDER BY f.position");

    private void Execute(string sql)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<Film> Select(string sql)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<Film>();
        while (reader.Read())
        {
            result.Add(byId[reader.GetString(0)]);
        }

        return result;
    }
}
