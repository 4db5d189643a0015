using System;
using System.IO;

namespace SovietFilms.Data.Csv;

/// <summary>
/// A reader that gives at most a fixed number of characters and then throws <see cref="TooLargeException"/>, so that
/// no CSV, however large a cell, is read past the bound a JSON catalogue has (a 100 MB cell had peaked at 1.4 GB).
/// </summary>
internal sealed class BoundedTextReader(TextReader inner, int maxCharacters) : TextReader
{
    private long read;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count(1);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

#if NET
    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));
#endif

    private int Count(int characters)
    {
        read += characters;
        return read > maxCharacters ? throw new TooLargeException() : characters;
    }

    /// <summary>The input passed the bound; caught by the CSV reader and reported as a problem.</summary>
    internal sealed class TooLargeException : Exception
    {
    }
}
