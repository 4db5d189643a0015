using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>
/// Loading and writing catalogues, JSON and CSV, on streams that forbid synchronous I/O (an ASP.NET Core body's
/// default): the same results as the synchronous calls, with not one synchronous call on the caller's stream.
/// </summary>
public sealed class AsyncIoTests
{
    private static byte[] CatalogJson() => File.ReadAllBytes(RepositoryFiles.PathOf("data/catalog.json"));

    private static byte[] Json(FilmCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task LoadAsync_reads_what_Load_reads_with_asynchronous_reads_only()
    {
        var loaded = await FilmCatalog.LoadAsync(AsyncOnlyStream.Of(CatalogJson()));

        Json(loaded).Should().Equal(Json(FilmCatalog.Load(new MemoryStream(CatalogJson()))));
        loaded.Films.Should().HaveCount(FilmCatalog.Default.Films.Count);
    }

    [Fact]
    public async Task WriteJsonAsync_writes_what_WriteJson_writes_in_several_writes_with_asynchronous_calls_only()
    {
        var stream = new AsyncOnlyStream();

        await FilmCatalog.Default.WriteJsonAsync(stream);

        stream.Written.Should().Equal(Json(FilmCatalog.Default));
        // The catalogue's JSON is over 300 KB: it goes out as it is made, not in one piece at the end.
        stream.AsyncWrites.Should().BeGreaterThan(3);
        stream.AsyncFlushes.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task LoadAsync_lists_every_problem_and_keeps_every_bound_as_Load_does()
    {
        var json = TestCatalog.Sample().ToJson();
        TestCatalog.FirstFilm(json)["year"] = 1700;
        TestCatalog.FirstFilm(json)["kind"] = "opera";
        var bad = Encoding.UTF8.GetBytes(json.ToJsonString());
        var sync = ((Func<FilmCatalog>)(() => FilmCatalog.Load(new MemoryStream(bad)))).Should().Throw<CatalogFormatException>().Which;

        var error = await ((Func<Task>)(() => FilmCatalog.LoadAsync(AsyncOnlyStream.Of(bad)))).Should().ThrowAsync<CatalogFormatException>();
        error.Which.Problems.Select(p => p.ToString()).Should().Equal(sync.Problems.Select(p => p.ToString())).And.HaveCount(2);

        var tooLarge = await ((Func<Task>)(() => FilmCatalog.LoadAsync(AsyncOnlyStream.Of(CatalogJson()), new CatalogLoadOptions(maxBytes: 1000)))).Should().ThrowAsync<CatalogFormatException>();
        tooLarge.Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("larger than the limit of 1000 bytes");
    }

    [Fact]
    public async Task A_canceled_load_or_write_stops_with_OperationCanceledException()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await ((Func<Task>)(() => FilmCatalog.LoadAsync(AsyncOnlyStream.Of(CatalogJson()), canceled.Token))).Should().ThrowAsync<OperationCanceledException>();
        await ((Func<Task>)(() => FilmCatalog.Default.WriteJsonAsync(new AsyncOnlyStream(), canceled.Token))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Wrong_arguments_throw_at_the_call_not_from_the_task()
    {
        ((Action)(() => FilmCatalog.LoadAsync(null!))).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        ((Action)(() => FilmCatalog.LoadAsync(new MemoryStream(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("options");
        ((Action)(() => FilmCatalog.Default.WriteJsonAsync(null!))).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        ((Action)(() => FilmCatalog.Default.WriteJsonAsync(new MemoryStream(new byte[1], writable: false)))).Should().Throw<ArgumentException>().WithParameterName("stream");
        ((Action)(() => FilmCsv.WriteAsync(FilmCatalog.Default.Films, null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => FilmCsv.ReadAsync(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }

    [Fact]
    public async Task Csv_is_written_and_read_back_with_asynchronous_calls_only()
    {
        var stream = new AsyncOnlyStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(false));
        await using (writer)
        {
            await FilmCsv.WriteAsync(FilmCatalog.Default.Films, writer);
        }

        var expected = new StringWriter();
        FilmCsv.Write(FilmCatalog.Default.Films, expected);
        Encoding.UTF8.GetString(stream.Written).Should().Be(expected.ToString());

        using var reader = new StreamReader(AsyncOnlyStream.Of(stream.Written));
        var read = await FilmCsv.ReadAsync(reader);
        read.Films.Select(f => f.Id).Should().Equal(FilmCsv.Read(new StringReader(expected.ToString())).Films.Select(f => f.Id));
    }
}
