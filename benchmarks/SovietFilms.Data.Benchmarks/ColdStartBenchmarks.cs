using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using SovietFilms.Data.ColdStart;

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
    public int ReadSovietFilmsData() => ColdStartProbes.ReadSovietFilmsData();

    [Benchmark]
    public int FirstQuery() => ColdStartProbes.SovietFilmsDataFirstQuery();

    [Benchmark]
    public int ReadNodaTime() => ColdStartProbes.ReadNodaTime();

    [Benchmark]
    public int NodaTimeFirstZoneAndConversion() => ColdStartProbes.NodaTimeFirstZoneAndConversion();

    [Benchmark]
    public int ReadPhoneNumbers() => ColdStartProbes.ReadPhoneNumbers();

    [Benchmark]
    public int PhoneNumbersFirstParse() => ColdStartProbes.PhoneNumbersFirstParse();

    [Benchmark]
    public int ReadTimeZoneConverter() => ColdStartProbes.ReadTimeZoneConverter();

    [Benchmark]
    public int TimeZoneConverterFirstConversion() => ColdStartProbes.TimeZoneConverterFirstConversion();

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
