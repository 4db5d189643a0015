using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;

namespace SovietFilms.Data.Benchmarks;

/// <summary>
/// Loading the embedded catalogue (parse, validate, build the model and the first indexes), against merely reading
/// its bytes, and against what a user might write instead: System.Text.Json deserialization into plain classes,
/// reflection-based and source-generated (which neither validate nor index).
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNameCaseInsensitive = false };
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup() => bytes = CatalogBytes.Read();

    [Benchmark(Baseline = true, Description = "read the resource's bytes")]
    public int ReadBytes() => CatalogBytes.Read().Length;

    [Benchmark(Description = "System.Text.Json, reflection")]
    public CatalogDto? DeserializeReflection() => JsonSerializer.Deserialize<CatalogDto>(bytes, Reflection);

    [Benchmark(Description = "System.Text.Json, source-generated")]
    public CatalogDto? DeserializeSourceGenerated() => JsonSerializer.Deserialize(bytes, BenchmarkJsonContext.Default.CatalogDto);

    [Benchmark(Description = "FilmCatalog.Load")]
    public FilmCatalog Load() => FilmCatalog.Load(new MemoryStream(bytes, writable: false));
}

/// <summary>Load cost per film, from 1,000 to 100,000 synthetic films: it should stay flat.</summary>
[MemoryDiagnoser]
public class LoadScaleBenchmarks
{
    private byte[] bytes = [];

    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Films { get; set; }

    [GlobalSetup]
    public void Setup() => bytes = SyntheticCatalog.Json(Films);

    [Benchmark(Description = "FilmCatalog.Load")]
    public FilmCatalog Load() => FilmCatalog.Load(new MemoryStream(bytes, writable: false));
}

#pragma warning disable CA1002, CA1819, CA2227 // Plain data-transfer classes, as a user would write them.
public sealed class CatalogDto
{
    [JsonPropertyName("format")] public int Format { get; set; }
    [JsonPropertyName("dataVersion")] public string? DataVersion { get; set; }
    [JsonPropertyName("composers")] public List<ComposerDto>? Composers { get; set; }
    [JsonPropertyName("works")] public List<WorkDto>? Works { get; set; }
    [JsonPropertyName("films")] public List<FilmDto>? Films { get; set; }
}

public sealed class ComposerDto
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("nativeName")] public string? NativeName { get; set; }
    [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
    [JsonPropertyName("born")] public int? Born { get; set; }
    [JsonPropertyName("died")] public int? Died { get; set; }
    [JsonPropertyName("sources")] public List<string>? Sources { get; set; }
}

public sealed class WorkDto
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("composer")] public string? Composer { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
}

public sealed class FilmDto
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("originalTitle")] public string? OriginalTitle { get; set; }
    [JsonPropertyName("year")] public int? Year { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("countries")] public List<string>? Countries { get; set; }
    [JsonPropertyName("directors")] public List<string>? Directors { get; set; }
    [JsonPropertyName("themes")] public List<string>? Themes { get; set; }
    [JsonPropertyName("composers")] public List<CreditDto>? Composers { get; set; }
    [JsonPropertyName("works")] public List<string>? Works { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("verification")] public string? Verification { get; set; }
    [JsonPropertyName("sources")] public List<string>? Sources { get; set; }
}

public sealed class CreditDto
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
}
#pragma warning restore CA1002, CA1819, CA2227

[JsonSerializable(typeof(CatalogDto))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
