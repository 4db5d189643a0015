using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace SovietFilms.Data.Benchmarks;

/// <summary>Lookups by id and by name, which should allocate nothing, and a prepared single-filter query, which should allocate only its result.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private FilmCatalog catalog = null!;
    private FilmQuery prepared = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = FilmCatalog.Default;
        prepared = catalog.Query().WithTheme(Theme.Opera);
    }

    [Benchmark(Description = "FindFilm(id)")]
    public Film? FindFilm() => catalog.FindFilm("tchaikovsky-1970");

    [Benchmark(Description = "FindComposer(\"tchaikovsky\")")]
    public Composer? FindComposerLatin() => catalog.FindComposer("tchaikovsky");

    [Benchmark(Description = "FindComposer(\"Чайковский\")")]
    public Composer? FindComposerCyrillic() => catalog.FindComposer("Чайковский");

    [Benchmark(Description = "prepared WithTheme(Opera).ToList()")]
    public IReadOnlyList<Film> PreparedQuery() => prepared.ToList();
}

/// <summary>Ranked search: an exact name, a typo, and a short prefix.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private FilmCatalog catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = FilmCatalog.Default;
        catalog.Search("warm up");
    }

    [Benchmark(Description = "Search(\"Tchaikovsky\")")]
    public IReadOnlyList<SearchHit> Exact() => catalog.Search("Tchaikovsky");

    [Benchmark(Description = "Search(\"Tchaikovksy\")")]
    public IReadOnlyList<SearchHit> Typo() => catalog.Search("Tchaikovksy");

    [Benchmark(Description = "Search(\"swan\")")]
    public IReadOnlyList<SearchHit> Prefix() => catalog.Search("swan");
}
