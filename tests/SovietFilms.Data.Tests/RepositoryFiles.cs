using System;
using System.IO;

namespace SovietFilms.Data.Tests;

/// <summary>Files of the repository the tests run in, found by walking up from the test binaries to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SovietFilms.Data.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SovietFilms.Data.sln above {AppContext.BaseDirectory}.");
    }
}
