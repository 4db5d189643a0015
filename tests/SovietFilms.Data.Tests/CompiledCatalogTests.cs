using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The compiled form that <see cref="FilmCatalog.Default"/> decodes: made by the build from data/catalog.json, it must
/// give back every field of every entry, carry its format version, and fail loudly, never quietly, when damaged.
/// </summary>
public sealed class CompiledCatalogTests
{
    /// <summary>A small catalogue with the one field data/catalog.json leaves unused (a studio's aliases).</summary>
    private const string StudioWithAliases = """
        {"format": 2, "dataVersion": "t.1",
         "composers": [{"id": "tchaikovsky", "name": "Pyotr Ilyich Tchaikovsky", "sources": ["https://en.wikipedia.org/wiki/Pyotr_Ilyich_Tchaikovsky"]}],
         "studios": [{"id": "lenfilm", "name": "Lenfilm", "nativeName": "Ленфильм", "aliases": ["Lenfil'm", "Ленфильм студия"], "city": "Leningrad", "country": "SU"}],
         "films": [{"id": "swan-lake-1957", "title": "Swan Lake", "year": 1957, "kind": "feature", "studios": ["lenfilm"], "themes": ["ballet"],
                    "composers": [{"id": "tchaikovsky", "role": "music"}], "summary": "A filmed ballet.", "verification": "verified",
                    "sources": ["https://www.imdb.com/title/tt0050952/", "https://ru.wikipedia.org/wiki/Swan"]}]}
        """;

    private static FilmCatalog FromJson() => FilmCatalog.Load(File.OpenRead(RepositoryFiles.PathOf("data/catalog.json")));

    [Fact]
    public void The_embedded_catalogue_is_data_catalog_json_entry_by_entry_and_field_by_field()
    {
        var json = FromJson();
        var embedded = FilmCatalog.Default;

        embedded.DataVersion.Should().Be(json.DataVersion);
        Differences(embedded, json).ShouldListNone("the build compiles data/catalog.json into what Default decodes");
        embedded.Films.Count.Should().Be(json.Films.Count).And.BeGreaterThan(100);
    }

    [Fact]
    public void Every_field_of_the_format_is_carried_by_the_data_or_by_the_extra_catalogue_and_comes_back()
    {
        var catalogues = new[] { FromJson(), TestCatalog.LoadJson(StudioWithAliases) };
        foreach (var catalogue in catalogues)
        {
            Differences(CompiledCatalog.Decode(CompiledCatalog.Encode(catalogue)), catalogue).ShouldListNone("a decoded catalogue equals the encoded one");
        }

        // A field no entry of either catalogue sets is a field whose round trip nothing here tests.
        var unused = Fields(catalogues).Where(f => f.Values.All(v => v.Length == 0)).Select(f => f.Name);
        unused.ShouldListNone("every field of every table must be exercised by a round trip");
    }

    [Fact]
    public void The_embedded_composer_name_keys_are_those_the_names_give()
    {
        var stored = FilmCatalog.Default.ComposerNames.Keys;
        var built = FromJson().ComposerNames.Keys;

        Flatten(stored).Should().Equal(Flatten(built));
        stored.Surnames[Indexing.PersonNameIndex<Composer>.Skeleton("tchaikovsky")].Select(c => c.Id).Should().Contain("tchaikovsky");
        FilmCatalog.Default.FindComposer("Tschaikowsky")!.Id.Should().Be("tchaikovsky");
        FilmCatalog.Default.FindComposers("Чайковский").Select(c => c.Id).Should().Equal("tchaikovsky");

        static IEnumerable<string> Flatten(Indexing.NameKeys<Composer> keys) =>
            Table("names", keys.Names).Concat(Table("surnames", keys.Surnames)).Concat(Table("words", keys.Words))
                .Concat(keys.Initials.Select(p => $"initials {p.Key}: {string.Join(", ", p.Value.Select(c => c.Id))}"))
                .Order(StringComparer.Ordinal);

        static IEnumerable<string> Table(string name, Dictionary<string, Composer[]> table) =>
            table.Select(p => $"{name} {p.Key}: {string.Join(", ", p.Value.Select(c => c.Id))}");
    }

    [Fact]
    public void The_decoded_catalogue_writes_the_same_json_as_the_loaded_one()
    {
        Json(FilmCatalog.Default).Should().Equal(Json(FromJson()));
    }

    [Fact]
    public void The_compiled_form_starts_with_its_signature_and_format_version()
    {
        var data = CompiledCatalog.Encode(TestCatalog.LoadJson(StudioWithAliases));

        data.Take(4).Should().Equal("SFCC"u8.ToArray());
        data[4].Should().Be((byte)CompiledForm.Version);

        var later = (byte[])data.Clone();
        later[4] = CompiledForm.Version + 1;
        FluentActions.Invoking(() => CompiledCatalog.Decode(later)).Should().Throw<InvalidDataException>()
            .WithMessage($"*format version {CompiledForm.Version + 1}*reads version {CompiledForm.Version}*");

        var other = (byte[])data.Clone();
        other[0] = (byte)'{';
        FluentActions.Invoking(() => CompiledCatalog.Decode(other)).Should().Throw<InvalidDataException>().WithMessage("*signature*");
    }

    [Fact]
    public void Every_truncation_of_the_compiled_form_is_refused_as_damaged()
    {
        var data = CompiledCatalog.Encode(TestCatalog.Sample().Load());

        for (var length = 0; length < data.Length; length++)
        {
            var cut = data.AsSpan(0, length).ToArray();
            FluentActions.Invoking(() => CompiledCatalog.Decode(cut)).Should().Throw<InvalidDataException>($"a form cut to {length} of {data.Length} bytes is damaged");
        }

        FluentActions.Invoking(() => CompiledCatalog.Decode([.. data, 0])).Should().Throw<InvalidDataException>().WithMessage("*bytes follow*");
    }

    [Fact]
    public void A_number_past_the_largest_int_or_a_write_of_a_negative_one_is_refused()
    {
        var data = CompiledCatalog.Encode(TestCatalog.LoadJson(StudioWithAliases));
        // The header's version is the fifth byte; five continuation bytes there make a number of 2^35 - 1.
        byte[] huge = [.. data.Take(4), 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, .. data.Skip(5)];
        FluentActions.Invoking(() => CompiledCatalog.Decode(huge)).Should().Throw<InvalidDataException>().WithMessage("*larger than 2147483647*");
        FluentActions.Invoking(() => new CompiledWriter().Number(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_damaged_byte_gives_a_catalogue_or_an_invalid_data_error_and_never_another_failure_even_at_the_first_name_lookup()
    {
        var data = CompiledCatalog.Encode(FromJson());
        var random = new Random(20261203);
        var failures = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var damaged = (byte[])data.Clone();
            var at = random.Next(damaged.Length);
            damaged[at] = (byte)random.Next(256);
            try
            {
                // The name keys are decoded on the first name lookup, so damage there shows then.
                CompiledCatalog.Decode(damaged).FindComposers("Tchaikovsky");
            }
            catch (InvalidDataException)
            {
            }
            catch (Exception e)
            {
                failures.Add($"byte {at} set to {damaged[at]}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.ShouldListNone("damage is reported as damage");
    }

    [Fact]
    public void The_compiler_refuses_a_catalogue_with_problems_or_one_it_cannot_read_saying_why_and_leaving_no_output()
    {
        var directory = Directory.CreateTempSubdirectory("sovietfilms-compiler-");
        try
        {
            var source = Path.Combine(directory.FullName, "catalog.json");
            var target = Path.Combine(directory.FullName, "EmbeddedCatalog.g.cs");
            File.WriteAllText(source, StudioWithAliases.Replace("\"year\": 1957", "\"year\": 1700", StringComparison.Ordinal).Replace("\"kind\": \"feature\"", "\"kind\": \"opera\"", StringComparison.Ordinal));

            var (exit, output, errors) = RunCompiler(source, target);

            exit.Should().Be(1, output);
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2)
                .And.AllSatisfy(line => line.Should().StartWith($"{source}: error SFC0001: $.films[0] (film \"swan-lake-1957\")."))
                .And.Contain(line => line.Contains(".year", StringComparison.Ordinal))
                .And.Contain(line => line.Contains(".kind", StringComparison.Ordinal));
            File.Exists(target).Should().BeFalse();
            Directory.GetFiles(directory.FullName).Should().Equal(source);

            var missing = RunCompiler(Path.Combine(directory.FullName, "missing.json"), target);
            missing.Exit.Should().Be(1);
            missing.Errors.Should().Contain("missing.json: error SFC0002: cannot read the catalogue:");
            File.Exists(target).Should().BeFalse();

            File.WriteAllText(source, StudioWithAliases);
            RunCompiler(source, target).Exit.Should().Be(0);
            Differences(CompiledCatalog.Decode(BytesOf(File.ReadAllText(target))), TestCatalog.LoadJson(StudioWithAliases)).ShouldListNone();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The compiler as the build runs it: built beside these tests, in their configuration.</summary>
    private static (int Exit, string Output, string Errors) RunCompiler(string source, string target)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var compiler = RepositoryFiles.PathOf($"src/SovietFilms.Data.Compiler/bin/{configuration}/net10.0/SovietFilms.Data.Compiler.dll");
        File.Exists(compiler).Should().BeTrue($"the library's build builds the compiler at {compiler}");
        var start = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(compiler);
        start.ArgumentList.Add(source);
        start.ArgumentList.Add(target);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue("the compiler finishes");
        return (process.ExitCode, output.Result, errors);
    }

    /// <summary>The bytes of the generated EmbeddedCatalog source's array.</summary>
    private static byte[] BytesOf(string source)
    {
        var start = source.IndexOf("new byte[]", StringComparison.Ordinal);
        start.Should().BePositive("the compiler writes the form as a byte array");
        var body = source[(source.IndexOf('{', start) + 1)..source.IndexOf('}', start)];
        return body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => byte.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static byte[] Json(FilmCatalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteJson(stream);
        return stream.ToArray();
    }

    /// <summary>Every field of every entry, as the format's tables give it in text, that differs between the two.</summary>
    private static IEnumerable<string> Differences(FilmCatalog actual, FilmCatalog expected)
    {
        var left = Fields([actual]).ToList();
        var right = Fields([expected]).ToList();
        foreach (var (a, e) in left.Zip(right))
        {
            if (a.Values.Count != e.Values.Count)
            {
                yield return $"{a.Name}: {a.Values.Count} entries, expected {e.Values.Count}";
                continue;
            }

            for (var i = 0; i < a.Values.Count; i++)
            {
                if (a.Values[i] != e.Values[i])
                {
                    yield return $"{a.Name} of entry {i}: {Quote(a.Values[i])}, expected {Quote(e.Values[i])}";
                }
            }
        }

        static string Quote(string text) => text.Length > 80 ? $"\"{text[..80]}...\"" : $"\"{text}\"";
    }

    /// <summary>Each field of each entry table, named "kind.field", with its text for each entry of the catalogues in order.</summary>
    private static IEnumerable<(string Name, IReadOnlyList<string> Values)> Fields(IReadOnlyList<FilmCatalog> catalogues)
    {
        return Table("composer", ComposerFields.Format, c => c.Composers.Select(x => x.Entry))
            .Concat(Table("person", PersonFields.Format, c => c.People.Select(x => x.PersonEntry!)))
            .Concat(Table("studio", StudioFields.Format, c => c.Studios.Select(x => x.Entry)))
            .Concat(Table("work", WorkFields.Format, c => c.Works.Select(x => x.Entry)))
            .Concat(Table("film", FilmFields.Format, c => c.Films.Select(x => x.Entry)))
            .Concat(Table("selection", SelectionFields.Format, c => c.Selections.Select(x => x.Entry)));

        IEnumerable<(string, IReadOnlyList<string>)> Table<TEntry>(string kind, EntryFormat<TEntry> format, Func<FilmCatalog, IEnumerable<TEntry>> entries)
            where TEntry : class
        {
            var all = catalogues.SelectMany(entries).ToList();
            return format.Fields.Select(field => ($"{kind}.{field.Name}", (IReadOnlyList<string>)all.Select(field.ToText).ToList()));
        }
    }
}
