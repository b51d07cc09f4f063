using System.Buffers;
using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> over a growable buffer, kept per thread between requests so that writing a body
/// allocates only the exact-size array it is copied into. Rent, write, <see cref="ToArray"/>, then <see cref="Return"/>.
/// Two are kept per thread: the body's, and the scratch one tool-call arguments go through while the body is written.
/// </summary>
internal sealed class PooledJsonWriter
{
    /// <summary>Buffers that grew past this (very large requests) are dropped rather than kept alive on the thread.</summary>
    private const int MaxRetainedCapacity = 64 * 1024;

    [ThreadStatic]
    private static PooledJsonWriter? t_cached;

    [ThreadStatic]
    private static PooledJsonWriter? t_spare;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    private PooledJsonWriter()
    {
        Writer = new Utf8JsonWriter(_buffer);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Takes this thread's writer (a new one when it is in use or was dropped), reset to an empty buffer.</summary>
    public static PooledJsonWriter Rent()
    {
        var pooled = t_cached;
        if (pooled is not null)
        {
            t_cached = null;
        }
        else if ((pooled = t_spare) is not null)
        {
            t_spare = null;
        }
        else
        {
            return new PooledJsonWriter();
        }

        pooled.Writer.Reset(pooled._buffer);
        return pooled;
    }

    /// <summary>Flushes the writer and copies what was written into a new array.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Flushes the writer and returns what was written, valid until the writer is returned.</summary>
    public ReadOnlyMemory<byte> WrittenMemory()
    {
        Writer.Flush();
        return _buffer.WrittenMemory;
    }

    /// <summary>Gives the writer back to this thread for the next request.</summary>
    public void Return()
    {
        _buffer.ResetWrittenCount();
        if (_buffer.Capacity > MaxRetainedCapacity)
        {
            return;
        }

        if (t_cached is null)
        {
            t_cached = this;
        }
        else
        {
            t_spare = this;
        }
    }
}
