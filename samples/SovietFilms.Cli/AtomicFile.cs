using System;
using System.IO;
using System.Text;

namespace SovietFilms.Cli;

/// <summary>
/// Writes a file as a shell's <c>&gt;</c> would, but never leaves half a file: a regular file is written to a
/// temporary file beside it, which is moved into place only when complete and takes the old file's permissions. A
/// symbolic link keeps pointing where it did (its target is replaced); a device or a pipe is written into, as it cannot
/// be replaced. A process killed mid-write can leave the hidden temporary file (<c>.NAME.*.tmp</c>) behind.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || Path.GetFileName(full).Length == 0)
        {
            throw new IOException($"cannot write '{path}': it is a folder, not a file");
        }

        var target = new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"cannot write '{path}': the folder '{directory}' does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (File.Exists(target) && WroteInPlace(target, write))
            {
                return;
            }

            using (var writer = new GuardedWriter(new StreamWriter(temporary, append: false, Utf8)))
            {
                write(writer);
            }

            if (File.Exists(target) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The user named the file, not our temporary one.
            throw new IOException($"cannot write '{path}': {e.Message.Replace(temporary, target, StringComparison.Ordinal)}", e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes into a device or a pipe (which cannot seek, or lives in /dev) and says so; false for a regular file.</summary>
    private static bool WroteInPlace(string target, Action<TextWriter> write)
    {
        using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        if (stream.CanSeek && !target.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return false;
        }

        using var writer = new GuardedWriter(new StreamWriter(stream, Utf8));
        write(writer);
        return true;
    }
}
