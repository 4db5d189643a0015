using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SovietFilms.Data.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Threads_racing_for_Default_all_get_the_same_instance_and_the_same_answers()
    {
        const int threads = 16;
        using var start = new Barrier(threads);
        var results = new (FilmCatalog Catalog, string[] Ids)[threads];

        var workers = Enumerable.Range(0, threads).Select(i => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                var catalog = FilmCatalog.Default;
                results[i] = (catalog, catalog.Query().WithComposer("Чайковский").ToList().Select(f => f.Id).ToArray());
            },
            TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(workers);

        results.Select(r => r.Catalog).Distinct().Should().ContainSingle();
        results.Should().OnlyContain(r => r.Ids.SequenceEqual(results[0].Ids));
        results[0].Ids.Should().Contain("tchaikovsky-1970");
    }
}
