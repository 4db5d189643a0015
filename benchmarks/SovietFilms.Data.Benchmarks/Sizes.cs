using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// Sizes for the scaling benchmarks: 1,000, 10,000 and 100,000; quick mode (SOVIETFILMS_BENCH_QUICK=1, used by CI)
/// keeps the smallest, and SOVIETFILMS_BENCH_SIZES=100000 (a comma-separated list) runs those given, to re-run one.
/// </summary>
public static class Sizes
{
    public static IEnumerable<int> All =>
        Environment.GetEnvironmentVariable("SOVIETFILMS_BENCH_SIZES") is { Length: > 0 } sizes ? Array.ConvertAll(sizes.Split(','), int.Parse)
        : Environment.GetEnvironmentVariable("SOVIETFILMS_BENCH_QUICK") == "1" ? [1_000] : [1_000, 10_000, 100_000];
}
