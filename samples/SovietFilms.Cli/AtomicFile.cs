using System;
using System.IO;
using System.Text;

namespace SovietFilms.Cli;

/// <summary>
/// Writes a file as a shell's <c>&gt;</c> would, but never leaves half a file: a regular file is written to a
/// temporary file beside it, which is moved into place only when complete and takes the old file's permissions. A
/// symbolic link keeps pointing where it did (its target is replaced); a device or a pipe (which cannot seek, or sits
/// in <c>/dev</c> itself) is written into, as it cannot be replaced. A process killed mid-write can leave the hidden
/// temporary file (<c>.sovietfilms.*.tmp</c>) behind.
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

        string? temporary = null;
        try
        {
            // Decided on the path as given, before any link is resolved: /dev/stdout leads to a pipe's pseudo-name.
            if (File.Exists(full) && WroteInPlace(full, write))
            {
                return;
            }

            var target = new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
            var directory = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"the folder '{directory}' does not exist");
            }

            // A name of its own, not the file's: a long file name plus a suffix could pass the file system's limit.
            temporary = Path.Combine(directory, $".sovietfilms.{Guid.NewGuid():N}.tmp");
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
            var reason = temporary is null ? e.Message : e.Message.Replace(temporary, full, StringComparison.Ordinal);
            throw new IOException($"cannot write '{path}': {reason}", e);
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes into a device or a pipe and says so; false for a regular file, which is replaced instead.</summary>
    private static bool WroteInPlace(string path, Action<TextWriter> write)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        if (stream.CanSeek && Path.GetDirectoryName(path) != "/dev")
        {
            return false;
        }

        using var writer = new GuardedWriter(new StreamWriter(stream, Utf8));
        write(writer);
        return true;
    }
}
