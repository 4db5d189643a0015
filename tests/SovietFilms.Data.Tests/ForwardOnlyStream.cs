using System;
using System.IO;

namespace SovietFilms.Data.Tests;

/// <summary>A stream that reads forward only and cannot say its length, as a network stream may.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    private readonly Func<byte[], int, int, int> read;

    private ForwardOnlyStream(Func<byte[], int, int, int> read) => this.read = read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The bytes, a few at a time.</summary>
    public static ForwardOnlyStream Of(byte[] bytes)
    {
        var position = 0;
        return new ForwardOnlyStream((buffer, offset, count) =>
        {
            var n = Math.Min(Math.Min(count, 7), bytes.Length - position);
            bytes.AsSpan(position, n).CopyTo(buffer.AsSpan(offset));
            position += n;
            return n;
        });
    }

    /// <summary>Spaces without end.</summary>
    public static ForwardOnlyStream EndlessSpaces() => new((buffer, offset, count) =>
    {
        buffer.AsSpan(offset, count).Fill((byte)' ');
        return count;
    });

    public override int Read(byte[] buffer, int offset, int count) => read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
