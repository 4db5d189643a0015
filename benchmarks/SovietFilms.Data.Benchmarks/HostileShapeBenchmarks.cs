using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using SovietFilms.Data.Csv;
using SovietFilms.Data.Tests;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// The hostile shapes of the tests at three sizes, each ten times the last: a cost that grows faster than the input
/// shows as a ratio well above 10 between neighbouring rows. Quick mode (CI) keeps the smallest.
/// </summary>
[MemoryDiagnoser]
public class HostileShapeBenchmarks
{
    private byte[] longKey = [];
    private byte[] manyProblems = [];
    private byte[] namesakes = [];
    private FilmCatalog namesakeCatalog = null!;
    private FilmCatalog markedTitles = null!;
    private string markedQuery = "";
    private string hugeCell = "";

    /// <summary>
    /// Namesakes and films of problems; a key and a CSV cell of ten times as many characters; a marked query of twice as
    /// many, over marked titles of twice as many up to the 20,000 characters a string may have.
    /// </summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        longKey = HostileShapes.LongKeyOverBadStrings(Size * 10);
        manyProblems = HostileShapes.ManyProblems(Size);
        namesakes = HostileShapes.Namesakes(Size);
        namesakeCatalog = HostileShapes.Load(namesakes);
        markedTitles = HostileShapes.Load(HostileShapes.LongMarkedTitles(Math.Min(Size * 2, CatalogLoadOptions.Default.MaxStringLength)));
        markedQuery = "aaa" + new string('\u0301', Size * 2) + "z";
        hugeCell = HostileShapes.CsvWithHugeCell(string.Join(",", FilmCsvColumns.Header), FilmCsvColumns.Header.Count, Size * 10);
    }

    [Benchmark(Description = "refuse: long key over bad strings")]
    public int RefuseLongKey() => Refuse(longKey);

    [Benchmark(Description = "refuse: films of problems")]
    public int RefuseManyProblems() => Refuse(manyProblems);

    [Benchmark(Description = "load: namesakes")]
    public FilmCatalog LoadNamesakes() => HostileShapes.Load(namesakes);

    [Benchmark(Description = "FindComposers: namesakes, by initial and surname")]
    public int FindNamesakes() => namesakeCatalog.FindComposers("I. Petrov").Count;

    [Benchmark(Description = "Search: marked titles, marked query")]
    public int SearchMarked() => markedTitles.Search(markedQuery).Count;

    [Benchmark(Description = "Related: marked titles")]
    public int RelatedMarked() => markedTitles.Related(markedTitles.GetFilm("f-1960")).Count;

    [Benchmark(Description = "refuse: CSV with a huge cell")]
    public int RefuseHugeCell()
    {
        try
        {
            return FilmCsv.Read(new StringReader(hugeCell)).Films.Count;
        }
        catch (CatalogFormatException e)
        {
            return e.Problems.Count;
        }
    }

    private static int Refuse(byte[] json)
    {
        try
        {
            return HostileShapes.Load(json).Films.Count;
        }
        catch (CatalogFormatException e)
        {
            return e.Problems.Count;
        }
    }
}
