using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace SovietFilms.Data.Benchmarks;

/// <summary>One query by composer and decade, through the indexed <see cref="FilmQuery"/> and through plain LINQ.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private FilmCatalog catalog = null!;
    private List<Film> films = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = FilmCatalog.Default;
        films = catalog.Films.ToList();
    }

    [Benchmark(Baseline = true, Description = "LINQ Where over a List<Film>")]
    public int Linq() => films
        .Where(f => f.Year is >= 1970 and <= 1979
            && f.Composers.Any(c => c.Composer.Id == "tchaikovsky"))
        .Count();

    [Benchmark(Description = "FilmQuery: composer name + decade")]
    public int Query() => catalog.Query().WithComposer("Чайковский").ReleasedInDecade(1970).ToList().Count;
}
