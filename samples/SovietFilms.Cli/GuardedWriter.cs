using System;
using System.IO;
using System.Text;

namespace SovietFilms.Cli;

/// <summary>
/// A writer that reports every failure to write as an <see cref="IOException"/>. .NET reports a file past the size
/// limit (<c>ulimit -f</c>, EFBIG) as an <see cref="ArgumentOutOfRangeException"/>, which crashed the app with a stack
/// trace; the arguments here are always in range, so that exception can only mean the write failed.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new IOException("the file size limit was reached", e);
        }
    }
}
