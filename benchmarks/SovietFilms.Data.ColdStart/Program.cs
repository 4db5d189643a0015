using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SovietFilms.Data;
using SovietFilms.Data.ColdStart;

// Cold start in fresh processes: each library's first use against reading its own embedded data's bytes, each
// timed inside a new process (so runtime start-up, the same for every probe, is left out), for this library and
// three data libraries beside it. Rounds run every (variant, probe) pair once, in a shuffled order, so that the
// machine's drift falls on all of them alike; the table shows medians.
//   dotnet run -c Release --project benchmarks/SovietFilms.Data.ColdStart -- [rounds] [--r2r <exe>] [--aot <exe>]
// The JIT variants are this program; --r2r and --aot name the same program published ReadyToRun and Native AOT.
// A process started with "probe <name>" measures once and prints milliseconds, then the milliseconds the JIT spent
// compiling and the methods it compiled meanwhile (both 0 under Native AOT).
if (args is ["probe", var name])
{
    return Probe(name);
}

if (args is ["memory"])
{
    // What the loaded catalogue keeps alive, and what loading it allocated, in bytes.
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var catalog = FilmCatalog.Default;
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    var after = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(catalog);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{after - before} {allocated}"));
    return 0;
}

var rounds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var r) ? r : 15;
var variants = new List<Variant> { new("JIT", Self(), null), new("JIT, invariant globalization", Self(), "1") };
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] is "--r2r" or "--aot")
    {
        variants.Add(new(args[i] == "--r2r" ? "ReadyToRun" : "Native AOT", [Path.GetFullPath(args[i + 1])], null));
    }
}

var probes = Probes.Keys.ToArray();
var runs = new Dictionary<(string Variant, string Probe), List<double[]>>();
var random = new Random(20261203);
for (var round = 0; round < rounds; round++)
{
    var order = variants.SelectMany(v => probes.Select(p => (v, p))).OrderBy(_ => random.Next()).ToList();
    foreach (var (variant, probe) in order)
    {
        var key = (variant.Name, probe);
        if (!runs.TryGetValue(key, out var list))
        {
            runs[key] = list = [];
        }

        list.Add(Launch(variant, "probe", probe));
    }
}

Console.WriteLine($"Cold start: median of {rounds} fresh processes per cell, interleaved; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| library: first use | variant | read its data's bytes | first use | × the read | JIT methods |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var (library, read, use) in Libraries)
{
    foreach (var variant in variants)
    {
        var readMs = Median(runs[(variant.Name, read)], 0);
        var useMs = Median(runs[(variant.Name, use)], 0);
        var methods = Median(runs[(variant.Name, use)], 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {library} | {variant.Name} | {readMs:F2} ms | {useMs:F2} ms | {useMs / readMs:F1} | {methods:F0} |"));
    }
}

var memory = Launch(variants[0], "memory");
var json = typeof(Program).Assembly.GetManifestResourceStream("catalog.json")!.Length;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"FilmCatalog.Default retains {memory[0] / 1024:F0} KB ({memory[0] / json:F2} × the {json / 1024.0:F0} KB of data/catalog.json) and allocates {memory[1] / 1024:F0} KB to load."));
return 0;

static int Probe(string name)
{
    var probe = Probes[name];
    var jitTime = System.Runtime.JitInfo.GetCompilationTime();
    var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
    var clock = Stopwatch.StartNew();
    probe();
    var elapsed = clock.Elapsed.TotalMilliseconds;
    var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds;
    var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F3} {jit:F3} {methods}"));
    return 0;
}

static double Median(List<double[]> runs, int column)
{
    var sorted = runs.Select(r => r[column]).Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static string[] Self()
{
    var self = Environment.ProcessPath!;
    // Started as 'dotnet SovietFilms.Data.ColdStart.dll': the process is the host, so pass it this program.
    return Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
        ? [self, Path.Combine(AppContext.BaseDirectory, "SovietFilms.Data.ColdStart.dll")]
        : [self];
}

static double[] Launch(Variant variant, params string[] arguments)
{
    var start = new ProcessStartInfo(variant.Command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in variant.Command.Skip(1).Concat(arguments))
    {
        start.ArgumentList.Add(argument);
    }

    if (variant.Invariant is { } invariant)
    {
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant;
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors}");
    }

    return output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}

/// <summary>A way to run this program: a name, the command line that starts it, and whether to force invariant globalization.</summary>
internal sealed record Variant(string Name, string[] Command, string? Invariant);

internal partial class Program
{
    /// <summary>Each library with the probe that reads its data's bytes and the probe of its first use.</summary>
    private static readonly (string Library, string Read, string Use)[] Libraries =
    [
        ("SovietFilms.Data: first `Default.Query().WithComposer(\"Tchaikovsky\").ToList()`", "read", "query"),
        ("NodaTime 3.3.7: first `Tzdb[\"Europe/Moscow\"]` and one conversion", "nodatime-read", "nodatime"),
        ("libphonenumber-csharp 9.0.43: first `Parse(\"+7 495 123-45-67\")`", "phonenumbers-read", "phonenumbers"),
        ("TimeZoneConverter 8.0.1: first `IanaToWindows(\"Europe/Moscow\")`", "tzconvert-read", "tzconvert"),
    ];

    private static readonly Dictionary<string, Func<int>> Probes = new()
    {
        ["read"] = ColdStartProbes.ReadSovietFilmsData,
        ["query"] = ColdStartProbes.SovietFilmsDataFirstQuery,
        ["nodatime-read"] = ColdStartProbes.ReadNodaTime,
        ["nodatime"] = ColdStartProbes.NodaTimeFirstZoneAndConversion,
        ["phonenumbers-read"] = ColdStartProbes.ReadPhoneNumbers,
        ["phonenumbers"] = ColdStartProbes.PhoneNumbersFirstParse,
        ["tzconvert-read"] = ColdStartProbes.ReadTimeZoneConverter,
        ["tzconvert"] = ColdStartProbes.TimeZoneConverterFirstConversion,
    };
}
