using System.Text;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>
/// One decoded event-stream frame. A value type that points into the reader's pooled buffer:
/// the payload and the header bytes are valid only until the next <see cref="EventStreamReader.MoveNextAsync"/>.
/// The three well-known headers are decoded up front (with cached strings for Bedrock's common values);
/// any other header is found with <see cref="TryGetHeader(ReadOnlySpan{byte}, out EventStreamHeaderValue)"/>.
/// </summary>
internal readonly struct EventStreamMessage
{
    private readonly ReadOnlyMemory<byte> _headerBlock;

    internal EventStreamMessage(ReadOnlyMemory<byte> headerBlock, ReadOnlyMemory<byte> payload, string? messageType, string? eventType, string? contentType)
    {
        _headerBlock = headerBlock;
        Payload = payload;
        MessageType = messageType;
        EventType = eventType;
        ContentType = contentType;
    }

    /// <summary>The <c>:message-type</c> header: <c>event</c> for everything the reader returns from Bedrock.</summary>
    public string? MessageType { get; }

    /// <summary>The <c>:event-type</c> header, such as <c>contentBlockDelta</c> or <c>chunk</c>.</summary>
    public string? EventType { get; }

    /// <summary>The <c>:content-type</c> header, usually <c>application/json</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The payload; points into a pooled buffer and is valid until the next read.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The raw header block; valid until the next read.</summary>
    public ReadOnlyMemory<byte> HeaderBlock => _headerBlock;

    /// <summary>Enumerates every header in wire order.</summary>
    public EventStreamHeaderEnumerator Headers => new(_headerBlock);

    /// <summary>Finds a header by its UTF-8 name (the first one when a name repeats).</summary>
    public bool TryGetHeader(ReadOnlySpan<byte> utf8Name, out EventStreamHeaderValue value)
    {
        foreach (var header in Headers)
        {
            if (header.NameUtf8.Span.SequenceEqual(utf8Name))
            {
                value = header.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Finds a header by name (the first one when a name repeats).</summary>
    public bool TryGetHeader(string name, out EventStreamHeaderValue value)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Header names are at most 255 UTF-8 bytes; a longer name cannot match.
        Span<byte> utf8 = stackalloc byte[255];
        if (Encoding.UTF8.GetMaxByteCount(name.Length) > utf8.Length && Encoding.UTF8.GetByteCount(name) > utf8.Length)
        {
            value = default;
            return false;
        }

        var length = Encoding.UTF8.GetBytes(name, utf8);
        return TryGetHeader(utf8[..length], out value);
    }
}
