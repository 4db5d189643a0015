using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// The first use of this library and of three data libraries beside it, each in its own fresh processes, against
/// reading its own embedded data's bytes: BenchmarkDotNet's cold-start strategy measures the single first call of
/// each launch, so every figure includes the JIT and type loading that call causes. The cold-start tool
/// (benchmarks/SovietFilms.Data.ColdStart) measures the same probes interleaved and in the ReadyToRun and Native AOT
/// builds; docs/PERFORMANCE.md shows both. Quick mode (SOVIETFILMS_BENCH_QUICK=1, used by CI) launches each once.
/// </summary>
[Config(typeof(Launches))]
public class ColdStartBenchmarks
{
    [Benchmark(Baseline = true)]
    public int ReadSovietFilmsData() => Read(typeof(FilmCatalog).Assembly, "SovietFilms.Data.catalog.sfc");

    [Benchmark]
    public int FirstQuery() => FilmCatalog.Default.Query().WithComposer("Tchaikovsky").ToList().Count;

    [Benchmark]
    public int ReadNodaTime() => Read(typeof(NodaTime.DateTimeZoneProviders).Assembly, "NodaTime.TimeZones.Tzdb.nzd");

    [Benchmark]
    public int NodaTimeFirstZoneAndConversion() =>
        NodaTime.Instant.FromUnixTimeSeconds(0).InZone(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Moscow"]).Hour;

    [Benchmark]
    public int ReadPhoneNumbers() => Read(typeof(PhoneNumbers.PhoneNumberUtil).Assembly, "PhoneNumbers.metadata.PhoneNumberMetadata_RU");

    [Benchmark]
    public int PhoneNumbersFirstParse() => PhoneNumbers.PhoneNumberUtil.GetInstance().Parse("+7 495 123-45-67", null).CountryCode;

    [Benchmark]
    public int ReadTimeZoneConverter() => Read(typeof(TimeZoneConverter.TZConvert).Assembly, "TimeZoneConverter.Data.TimeZoneData.zip");

    [Benchmark]
    public int TimeZoneConverterFirstConversion() => TimeZoneConverter.TZConvert.IanaToWindows("Europe/Moscow").Length;

    private static int Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.Length;
    }

    /// <summary>Fifteen fresh processes per benchmark, one call each, nothing warmed up.</summary>
    private sealed class Launches : ManualConfig
    {
        public Launches()
        {
            var quick = Environment.GetEnvironmentVariable("SOVIETFILMS_BENCH_QUICK") == "1";
            AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(quick ? 1 : 15)
                .WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1).WithId("ColdStart"));
        }
    }
}
