using System.Buffers;
using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> over a growable buffer, kept per thread between requests so that writing a body
/// allocates only the exact-size array it is copied into. Rent, write, <see cref="ToArray"/>, then <see cref="Return"/>.
/// </summary>
internal sealed class PooledJsonWriter
{
    /// <summary>Buffers that grew past this (very large requests) are dropped rather than kept alive on the thread.</summary>
    private const int MaxRetainedCapacity = 64 * 1024;

    [ThreadStatic]
    private static PooledJsonWriter? t_cached;

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
        if (pooled is null)
        {
            return new PooledJsonWriter();
        }

        t_cached = null;
        pooled.Writer.Reset(pooled._buffer);
        return pooled;
    }

    /// <summary>Flushes the writer and copies what was written into a new array.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Gives the writer back to this thread for the next request.</summary>
    public void Return()
    {
        _buffer.ResetWrittenCount();
        if (_buffer.Capacity <= MaxRetainedCapacity)
        {
            t_cached = this;
        }
    }
}
