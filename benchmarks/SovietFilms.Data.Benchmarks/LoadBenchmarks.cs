using System.IO;
using BenchmarkDotNet.Attributes;

namespace SovietFilms.Data.Benchmarks;

/// <summary>Parsing, validating and indexing the whole catalogue, against merely reading its bytes.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup() => bytes = CatalogBytes.Read();

    [Benchmark(Baseline = true, Description = "read the resource's bytes")]
    public int ReadBytes() => CatalogBytes.Read().Length;

    [Benchmark(Description = "FilmCatalog.Load")]
    public FilmCatalog Load() => FilmCatalog.Load(new MemoryStream(bytes, writable: false));
}
