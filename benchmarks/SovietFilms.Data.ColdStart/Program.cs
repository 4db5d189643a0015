using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SovietFilms.Data;

// Cold start in fresh processes: the first query on FilmCatalog.Default against merely reading the embedded
// resource's bytes, each timed inside its own new process (so runtime start-up, the same for both, is left out).
//   dotnet run -c Release --project benchmarks/SovietFilms.Data.ColdStart -- [launches]
// A process started with "probe read" or "probe query" measures once and prints milliseconds.
if (args is ["probe", var mode])
{
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
        using var stream = typeof(FilmCatalog).Assembly.GetManifestResourceStream("SovietFilms.Data.catalog.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
    }
    else
    {
        _ = FilmCatalog.Default.Query().WithComposer("Чайковский").ToList();
    }

    Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
    return 0;
}

var launches = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var read = Measure("read", launches);
var query = Measure("query", launches);
Console.WriteLine($"Cold start, median of {launches} fresh processes each ({(IsNative() ? "native AOT" : "JIT")}):");
Console.WriteLine($"  read the embedded resource's bytes:   {read,8:F2} ms");
Console.WriteLine($"  first FilmCatalog.Default query:      {query,8:F2} ms");
Console.WriteLine($"  ratio:                                {query / read,8:F1} x");

var json = typeof(FilmCatalog).Assembly.GetManifestResourceStream("SovietFilms.Data.catalog.json")!.Length;
var retained = Launch("memory");
Console.WriteLine($"Memory retained by FilmCatalog.Default: {retained / 1024:F0} KB for {json / 1024.0:F0} KB of JSON ({retained / json:F2} x)");
return 0;

static double Measure(string mode, int launches)
{
    var times = Enumerable.Range(0, launches).Select(_ => Launch(mode)).OrderBy(t => t).ToArray();
    return times[times.Length / 2];
}

static double Launch(string mode)
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
    return double.Parse(output, CultureInfo.InvariantCulture);
}

static bool IsNative() => !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported;
