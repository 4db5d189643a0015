using System;
using System.IO;
using System.Reflection;
using PublicApiGenerator;
using SovietFilms.Data.Csv;

namespace SovietFilms.Data.Tests;

/// <summary>
/// Each package's public API is held in a checked-in text file, so an accidental change fails here and a deliberate
/// one is a reviewed diff. After a deliberate change, run <c>SOVIETFILMS_UPDATE_API=1 dotnet test</c> and commit the files.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("SovietFilms.Data")]
    [InlineData("SovietFilms.Data.Csv")]
    public void The_public_api_is_the_approved_one(string package)
    {
        var assembly = package == "SovietFilms.Data" ? typeof(FilmCatalog).Assembly : typeof(FilmCsv).Assembly;
        var actual = Generate(assembly);
        var path = RepositoryFiles.PathOf($"tests/SovietFilms.Data.Tests/PublicApi/{package}.approved.txt");
        if (Environment.GetEnvironmentVariable("SOVIETFILMS_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"{path} holds the approved API; create it with SOVIETFILMS_UPDATE_API=1 dotnet test");
        actual.Should().Be(
            File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal),
            "the public API of {0} changed; if that is meant, run SOVIETFILMS_UPDATE_API=1 dotnet test and commit the new {1}",
            package,
            Path.GetFileName(path));
    }

    private static string Generate(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        }).Replace("\r\n", "\n", StringComparison.Ordinal);
}
