using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project benchmarks/SovietFilms.Data.Benchmarks -- --filter '*'
// Quick check that every benchmark runs (no meaningful timings): add --job Dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
