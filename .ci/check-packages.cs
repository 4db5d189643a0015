// Checks packed packages, run by .ci/run with `dotnet run .ci/check-packages.cs -- ...`:
//   check DIR       every .nupkg in DIR is ready for nuget.org (metadata, README links, icon, schema) and its .snupkg's
//                   PDBs map their sources to raw files of the nuspec's repository and commit;
//   compare A B     the packages in A and in B have the same entries with the same bytes.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var problems = new List<string>();
switch (args)
{
    case ["check", var directory]:
        foreach (var nupkg in Directory.GetFiles(directory, "*.nupkg").Order(StringComparer.Ordinal))
        {
            Packages.Check(nupkg, problems);
        }
        break;
    case ["compare", var first, var second]:
        Packages.Compare(first, second, problems);
        break;
    default:
        Console.Error.WriteLine("usage: check DIR | compare DIR DIR");
        return 2;
}

foreach (var problem in problems)
{
    Console.WriteLine(problem);
}
Console.WriteLine(problems.Count == 0 ? "packages: all checks pass" : $"packages: {problems.Count} problems");
return problems.Count == 0 ? 0 : 1;

internal static class Packages
{
    // nuget.org refuses longer release notes.
    private const int MaxReleaseNotes = 35_000;

    // Files a package must hold besides its build output, by package id.
    private static readonly Dictionary<string, string[]> RequiredFiles = new(StringComparer.Ordinal)
    {
        ["SovietFilms.Data"] = ["schema/catalog.schema.json"],
    };

    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static void Check(string nupkg, List<string> problems)
    {
        var name = Path.GetFileName(nupkg);
        void Problem(string text) => problems.Add($"{name}: {text}");

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        XDocument nuspec;
        using (var stream = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
        {
            nuspec = XDocument.Load(stream);
        }
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string element) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == element)?.Value;

        var id = Value("id") ?? "";
        var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
        var repositoryUrl = (string?)repository?.Attribute("url") ?? "";
        var commit = (string?)repository?.Attribute("commit") ?? "";
        if (!repositoryUrl.StartsWith("https://", StringComparison.Ordinal))
        {
            Problem($"repository url is '{repositoryUrl}', not an https address");
        }
        if ((string?)repository?.Attribute("type") != "git")
        {
            Problem("repository type is not git");
        }
        if (!Regex.IsMatch(commit, "^[0-9a-f]{40}$"))
        {
            Problem($"repository commit is '{commit}', not a commit hash");
        }
        if (Value("projectUrl") != repositoryUrl)
        {
            Problem($"projectUrl is '{Value("projectUrl")}', not the repository's '{repositoryUrl}'");
        }
        var license = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "license");
        if ((string?)license?.Attribute("type") != "expression" || license.Value != "MIT")
        {
            Problem("license is not the MIT expression");
        }
        var releaseNotes = Value("releaseNotes") ?? "";
        if (releaseNotes.Trim().Length == 0 || releaseNotes.Length > MaxReleaseNotes)
        {
            Problem($"release notes are {releaseNotes.Length} characters long (1 to {MaxReleaseNotes})");
        }

        foreach (var file in new[] { Value("icon"), Value("readme") }.Concat(RequiredFiles.GetValueOrDefault(id, [])))
        {
            if (file is null || !entries.ContainsKey(file))
            {
                Problem($"'{file ?? "(icon or readme not set)"}' is not in the package");
            }
        }
        if (Value("readme") is { } readme && entries.TryGetValue(readme, out var readmeEntry))
        {
            CheckLinks(Read(readmeEntry), repositoryUrl, Problem);
        }

        var snupkg = Path.ChangeExtension(nupkg, ".snupkg");
        if (!File.Exists(snupkg))
        {
            Problem("has no .snupkg beside it");
            return;
        }
        CheckSourceLink(snupkg, repositoryUrl, commit, Problem);
    }

    // nuget.org shows the README away from the repository, so every link must be absolute, and a link into the
    // repository must use the address the nuspec gives.
    private static void CheckLinks(string markdown, string repositoryUrl, Action<string> problem)
    {
        var targets = Regex.Matches(markdown, @"\]\(\s*<?([^)\s>]+)").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(markdown, @"(?m)^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$").Select(m => m.Groups[1].Value));
        foreach (var target in targets)
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                problem($"README links to '{target}', not an absolute http(s) address");
            }
            else if (uri.Host == "github.com" && !target.StartsWith(repositoryUrl + "/", StringComparison.Ordinal))
            {
                problem($"README links to '{target}', outside the repository '{repositoryUrl}'");
            }
        }
    }

    private static void CheckSourceLink(string snupkg, string repositoryUrl, string commit, Action<string> problem)
    {
        var expected = repositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + $"/{commit}/*";
        using var zip = ZipFile.OpenRead(snupkg);
        var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        if (pdbs.Count == 0)
        {
            problem($"{Path.GetFileName(snupkg)} holds no PDB");
        }
        foreach (var pdb in pdbs)
        {
            using var bytes = new MemoryStream();
            using (var stream = pdb.Open())
            {
                stream.CopyTo(bytes);
            }
            bytes.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(bytes);
            var reader = provider.GetMetadataReader();
            var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Select(reader.GetCustomDebugInformation)
                .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
                .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
                .SingleOrDefault();
            if (sourceLink is null || !sourceLink.Contains($"\"{expected}\"", StringComparison.Ordinal))
            {
                problem($"{pdb.FullName}'s source link is {sourceLink ?? "missing"}, not a map to {expected}");
            }
        }
    }

    public static void Compare(string first, string second, List<string> problems)
    {
        static string[] Names(string directory) => Directory.GetFiles(directory)
            .Where(f => f.EndsWith(".nupkg", StringComparison.Ordinal) || f.EndsWith(".snupkg", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

        var names = Names(first);
        if (names.Length == 0 || !names.SequenceEqual(Names(second)))
        {
            problems.Add($"the packages differ: {string.Join(", ", names)} against {string.Join(", ", Names(second))}");
            return;
        }
        foreach (var name in names)
        {
            using var a = ZipFile.OpenRead(Path.Combine(first, name));
            using var b = ZipFile.OpenRead(Path.Combine(second, name));
            var aEntries = a.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
            var bEntries = b.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in aEntries.Keys.Union(bEntries.Keys).Order(StringComparer.Ordinal))
            {
                if (!aEntries.TryGetValue(entry, out var aEntry) || !bEntries.TryGetValue(entry, out var bEntry))
                {
                    problems.Add($"{name}: {entry} is in only one of them");
                }
                else if (!Bytes(aEntry).AsSpan().SequenceEqual(Bytes(bEntry)))
                {
                    problems.Add($"{name}: {entry} differs");
                }
            }
            Console.WriteLine($"{name}: {aEntries.Count} entries compared");
        }
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
