using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SovietFilms.Data;

// Cold start in fresh processes: the first query on FilmCatalog.Default against merely reading the embedded
// resource's bytes, each timed inside its own new process (so runtime start-up, the same for both, is left out).
//   dotnet run -c Release --project benchmarks/SovietFilms.Data.ColdStart -- [launches]
// A process started with "probe read" or "probe query" measures once and prints milliseconds, then the
// milliseconds the JIT spent compiling and the methods it compiled meanwhile (both 0 under Native AOT).
if (args is ["probe", var mode])
{
    var jitTime = System.Runtime.JitInfo.GetCompilationTime();
    var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
    var clock = Stopwatch.StartNew();
    if (mode == "memory")
    {
        // What the loaded catalogue keeps alive, in bytes, measured with full collections before and after.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var catalog = FilmCatalog.Default;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalog);
        Console.WriteLine((after - before).ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    if (mode == "read")
    {
        using var stream = typeof(FilmCatalog).Assembly.GetManifestResourceStream("SovietFilms.Data.catalog.sfc")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
    }
    else if (mode == "json")
    {
        // System.Text.Json's own first use, on a document of a few bytes: a floor for any reader built on it.
        var reader = new System.Text.Json.Utf8JsonReader("{\"films\":[{\"id\":\"x\",\"year\":1970}]}"u8);
        while (reader.Read())
        {
        }
    }
    else
    {
        _ = FilmCatalog.Default.Query().WithComposer("Чайковский").ToList();
    }

    var elapsed = clock.Elapsed.TotalMilliseconds;
    var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds;
    var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed:F3} {jit:F3} {methods}"));
    return 0;
}

var launches = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var read = Measure("read", launches);
var json = Measure("json", launches);
var query = Measure("query", launches);
Console.WriteLine($"Cold start, median of {launches} fresh processes each ({(IsNative() ? "native AOT" : "JIT")}):");
Console.WriteLine($"  read the embedded resource's bytes:   {read[0],8:F2} ms");
Console.WriteLine($"  Utf8JsonReader over 35 bytes of JSON: {json[0],8:F2} ms");
Console.WriteLine($"  first FilmCatalog.Default query:      {query[0],8:F2} ms");
Console.WriteLine($"    of which compiling methods (JIT):   {query[1],8:F2} ms, {query[2]:F0} methods");
Console.WriteLine($"  ratio:                                {query[0] / read[0],8:F1} x");

var size = typeof(FilmCatalog).Assembly.GetManifestResourceStream("SovietFilms.Data.catalog.sfc")!.Length;
var retained = Launch("memory")[0];
Console.WriteLine($"Memory retained by FilmCatalog.Default: {retained / 1024:F0} KB for {size / 1024.0:F0} KB of JSON ({retained / size:F2} x)");
return 0;

// The launch with the median time, with what it printed besides.
static double[] Measure(string mode, int launches)
{
    var runs = Enumerable.Range(0, launches).Select(_ => Launch(mode)).OrderBy(r => r[0]).ToArray();
    return runs[runs.Length / 2];
}

static double[] Launch(string mode)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
    {
        // Started as 'dotnet SovietFilms.Data.ColdStart.dll': the process is the host, so pass it this program.
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SovietFilms.Data.ColdStart.dll"));
    }

    start.ArgumentList.Add("probe");
    start.ArgumentList.Add(mode);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}

static bool IsNative() => !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
