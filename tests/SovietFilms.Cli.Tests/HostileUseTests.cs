using System;
using System.IO;
using System.Linq;
using SovietFilms.Data;

namespace SovietFilms.Cli.Tests;

/// <summary>The app used as an attacker or an unlucky script would: escape sequences in arguments, odd output paths, failing writes.</summary>
public sealed class HostileUseTests
{
    [Theory]
    [InlineData("show", "\u001b]0;x\u0007\u001b[2J")]
    [InlineData("list", "--composer", "\u001b[31mred\nforged: line")]
    [InlineData("list", "--decade", "\u009b2J")]
    [InlineData("lst\u001b[2J")]
    [InlineData("export", "--format", "json", "--output", "/no/such/folder/\u001b[2J")]
    public void Arguments_echoed_in_errors_cannot_steer_the_terminal(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().NotBe(0);
        run.Error.TrimEnd('\n').Should().NotContain("\n").And.NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b");
        run.Error.Should().Contain("\\u00");
    }

    [Fact]
    public void Output_dash_is_standard_output()
    {
        var run = CliRun.Of("export", "--format", "csv", "--output", "-");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("id,title,original_title");
        File.Exists("-").Should().BeFalse();
    }

    [Fact]
    public void An_empty_output_name_is_bad_usage()
    {
        var run = CliRun.Of("export", "--format", "csv", "--output", "");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--output needs a file name");
    }

    [Fact]
    public void Export_keeps_a_files_permissions_and_a_links_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("sovietfilms-export-");
        try
        {
            var secret = Path.Combine(folder.FullName, "secret.json");
            File.WriteAllText(secret, "old");
            File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var link = Path.Combine(folder.FullName, "link.json");
            File.CreateSymbolicLink(link, secret);

            var run = CliRun.Of("export", "--format", "json", "--output", link);

            run.ExitCode.Should().Be(0, run.Error);
            new FileInfo(link).LinkTarget.Should().Be(secret, "the link still points where it did");
            File.GetUnixFileMode(secret).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            FilmCatalog.Load(File.OpenRead(secret)).Films.Should().HaveCount(FilmCatalog.Default.Films.Count);
            folder.GetFiles().Select(f => f.Name).Should().BeEquivalentTo(["secret.json", "link.json"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_to_a_device_writes_into_it_and_leaves_it_a_device()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }

        var run = CliRun.Of("export", "--format", "json", "--output", "/dev/null");

        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo("/dev/null").Length.Should().Be(0, "a device, not a file that was moved over it");
    }

    [Fact]
    public void A_write_that_fails_is_exit_code_1_with_one_line_not_a_crash()
    {
        var error = new StringWriter();
        var console = new CliConsole(new GuardedWriter(new FailingWriter()), error, decorated: false);

        var exitCode = Cli.Run(["export", "--format", "json"], console, FilmCatalog.Default);

        exitCode.Should().Be(1);
        error.ToString().Should().Be("sovietfilms: the file size limit was reached" + Environment.NewLine);
    }

    /// <summary>Fails as .NET reports a file past <c>ulimit -f</c>: with an ArgumentOutOfRangeException.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new ArgumentOutOfRangeException(nameof(value), "Specified file length was too large for the file system.");

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    }
}
