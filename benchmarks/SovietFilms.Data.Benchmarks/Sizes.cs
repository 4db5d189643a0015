using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Benchmarks;

/// <summary>Catalogue sizes for the scaling benchmarks; quick mode (SOVIETFILMS_BENCH_QUICK=1, used by CI) keeps the smallest.</summary>
public static class Sizes
{
    public static IEnumerable<int> All =>
        Environment.GetEnvironmentVariable("SOVIETFILMS_BENCH_QUICK") == "1" ? [1_000] : [1_000, 10_000, 100_000];
}
