using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SovietFilms.Data.Tests;

/// <summary>
/// A stream over bytes in memory that throws on every synchronous read, write or flush, as an ASP.NET Core request or
/// response body does by default; it counts the asynchronous writes and flushes that reach it.
/// </summary>
internal sealed class AsyncOnlyStream(MemoryStream inner) : Stream
{
    public AsyncOnlyStream()
        : this(new MemoryStream())
    {
    }

    public int AsyncWrites { get; private set; }

    public int AsyncFlushes { get; private set; }

    public byte[] Written => inner.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public static AsyncOnlyStream Of(byte[] bytes) => new(new MemoryStream(bytes, writable: false));

    public override int Read(byte[] buffer, int offset, int count) => throw Synchronous();

    public override int Read(Span<byte> buffer) => throw Synchronous();

    public override int ReadByte() => throw Synchronous();

    public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

    public override void Write(ReadOnlySpan<byte> buffer) => throw Synchronous();

    public override void WriteByte(byte value) => throw Synchronous();

    public override void Flush() => throw Synchronous();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        // At most 1,000 bytes at a time, as a network stream gives them.
        return inner.Read(buffer.Span[..Math.Min(buffer.Length, 1000)]);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        AsyncWrites++;
        inner.Write(buffer.Span);
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        AsyncFlushes++;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static InvalidOperationException Synchronous() => new("Synchronous operations are disallowed.");
}
