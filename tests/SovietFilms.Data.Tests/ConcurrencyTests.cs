using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;

namespace SovietFilms.Data.Tests;

public sealed class ConcurrencyTests
{
    /// <summary>
    /// Loads the library afresh in its own load context, where nothing has touched <see cref="FilmCatalog.Default"/>
    /// yet, so that the threads really race for the first load.
    /// </summary>
    [Fact]
    public async Task Threads_racing_for_the_first_access_to_Default_all_get_one_instance()
    {
        const int threads = 16;
        var context = new AssemblyLoadContext("fresh-" + nameof(ConcurrencyTests), isCollectible: true);
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(FilmCatalog).Assembly.Location);
            var catalogType = library.GetType(typeof(FilmCatalog).FullName!)!;
            var defaultProperty = catalogType.GetProperty(nameof(FilmCatalog.Default), BindingFlags.Public | BindingFlags.Static)!;
            var filmsProperty = catalogType.GetProperty(nameof(FilmCatalog.Films))!;
            using var start = new Barrier(threads);
            var instances = new object[threads];

            var workers = Enumerable.Range(0, threads).Select(i => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait();
                    instances[i] = defaultProperty.GetValue(null)!;
                },
                TaskCreationOptions.LongRunning)).ToArray();
            await Task.WhenAll(workers);

            catalogType.Should().NotBeSameAs(typeof(FilmCatalog), "the race must run on a fresh copy of the library");
            instances.Distinct().Should().ContainSingle();
            ((System.Collections.ICollection)filmsProperty.GetValue(instances[0])!).Count.Should().Be(FilmCatalog.Default.Films.Count);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async Task Queries_and_searches_from_many_threads_agree_with_the_same_work_done_serially()
    {
        var catalog = FilmCatalog.Default;
        string Work(int i) => string.Join(
            ",",
            catalog.Query().ReleasedInDecade(1950 + (i % 4 * 10)).WithComposer(i % 2 == 0 ? "Чайковский" : "Prokofiev").Select(f => f.Id)
                .Concat(catalog.Search(i % 3 == 0 ? "Tchaikovksy" : "swan").Select(h => h.ToString())));
        var serial = Enumerable.Range(0, 64).Select(Work).ToArray();

        var parallel = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => Work(i))));

        parallel.Should().Equal(serial);
    }

    [Fact]
    public async Task Overlays_and_exports_from_many_threads_agree_with_the_same_work_done_serially()
    {
        var extra = new TestCatalog().Composer("extra", "Extra Composer").Film("extra-2000", "Extra", 2000, credits: ["extra:score"]).Load();
        string Work(int i)
        {
            var combined = FilmCatalog.Default.With(extra);
            using var json = new System.IO.MemoryStream();
            combined.WriteJson(json);
            var csv = new System.IO.StringWriter();
            SovietFilms.Data.Csv.FilmCsv.Write(combined.Query().ReleasedInDecade(1950 + (i % 4 * 10)), csv);
            return $"{json.Length}:{csv}";
        }

        var serial = Enumerable.Range(0, 16).Select(Work).ToArray();

        var parallel = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => Work(i))));

        parallel.Should().Equal(serial);
        FilmCatalog.Default.FindFilm("extra-2000").Should().BeNull("an overlay never changes Default");
    }
}
