using System;
using System.IO;
using System.Text;

namespace SovietFilms.Cli;

/// <summary>Writes a file through a temporary file beside it, moved into place only when complete: a failure never leaves half a file.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || Path.GetFileName(full).Length == 0)
        {
            throw new IOException($"cannot write '{path}': it is a folder, not a file");
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"cannot write '{path}': the folder '{directory}' does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
