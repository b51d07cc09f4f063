using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>
/// Decodes an <c>application/vnd.amazon.eventstream</c> body frame by frame from one pooled, growable buffer.
/// Frame: total length (4), header length (4), prelude CRC32 (4), headers, payload, message CRC32 (4); big-endian.
/// Event frames are returned; <c>exception</c> and <c>error</c> frames are thrown as typed <see cref="BedrockException"/>s;
/// corruption and truncation are thrown as <see cref="BedrockProtocolException"/>. The reader owns and disposes the stream.
/// </summary>
internal sealed class EventStreamReader : IAsyncDisposable
{
    /// <summary>Total length, header length and prelude CRC.</summary>
    private const int PreludeLength = 12;

    /// <summary>Prelude plus the trailing message CRC: a frame with no headers and no payload.</summary>
    private const int MinimumFrameLength = 16;

    /// <summary>The largest frame accepted; Bedrock's chunks are far below this, so anything larger is corruption.</summary>
    private const int MaximumFrameLength = 16 * 1024 * 1024;

    private const int InitialBufferSize = 16 * 1024;

    private readonly Stream _stream;
    private readonly string? _requestId;
    private byte[]? _buffer;
    private int _start;
    private int _end;

    /// <summary>Length of the frame at <see cref="_start"/> once its prelude has been checked, otherwise 0.</summary>
    private int _pendingFrameLength;

    private EventStreamMessage _current;

    /// <summary>True while the stream may be writing into the buffer, so disposal must not hand the buffer back to the pool.</summary>
    private bool _readInFlight;

    /// <summary>Set once the stream proved corrupt or truncated; it cannot be resynchronised, so every later read fails too.</summary>
    private string? _fault;

    /// <summary>Creates a reader over a response body; the reader disposes <paramref name="stream"/> on <see cref="DisposeAsync"/>.</summary>
    public EventStreamReader(Stream stream, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _requestId = requestId;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    }

    /// <summary>The message read by the last successful <see cref="MoveNextAsync"/>; valid until the next call.</summary>
    public EventStreamMessage Current => _current;

    /// <summary>
    /// Reads the next event message. Returns <see langword="false"/> at a clean end of stream (exactly between frames).
    /// </summary>
    /// <exception cref="BedrockProtocolException">A checksum mismatch, an impossible length, a malformed header, or a stream that ends inside a frame.</exception>
    /// <exception cref="BedrockException">The service sent an <c>exception</c> or <c>error</c> frame.</exception>
    public ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        _current = default;
        if (_fault is not null)
        {
            return ValueTask.FromException<bool>(new BedrockProtocolException(_fault, _requestId));
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        try
        {
            if (TryDecodeBufferedFrame())
            {
                return new ValueTask<bool>(true);
            }
        }
        catch (BedrockException ex)
        {
            // Report failures through the returned task, as the asynchronous path does.
            return ValueTask.FromException<bool>(ex);
        }

        return ReadFrameAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var buffer = _buffer;
        if (buffer is null)
        {
            return;
        }

        _buffer = null;
        _current = default;
        await _stream.DisposeAsync().ConfigureAwait(false);

        // A read abandoned by a concurrent dispose could still land in the buffer; leave that one to the GC.
        if (!_readInFlight)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> ReadFrameAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var buffered = _end - _start;
            var needed = _pendingFrameLength > 0 ? _pendingFrameLength : PreludeLength;
            MakeRoom(needed);
            int read;
            _readInFlight = true;
            try
            {
                read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _readInFlight = false;
            }

            ObjectDisposedException.ThrowIf(_buffer is null, this);
            if (read == 0)
            {
                if (buffered == 0)
                {
                    return false;
                }

                throw Protocol(_pendingFrameLength > 0
                    ? $"The event stream ended inside a frame ({buffered} of {_pendingFrameLength} bytes received)."
                    : $"The event stream ended inside a frame prelude ({buffered} of {PreludeLength} bytes received).");
            }

            _end += read;
            if (TryDecodeBufferedFrame())
            {
                return true;
            }
        }
    }

    /// <summary>Ensures the buffer can hold <paramref name="needed"/> bytes from <see cref="_start"/>, compacting or growing it.</summary>
    private void MakeRoom(int needed)
    {
        var buffer = _buffer!;
        if (buffer.Length - _start >= needed && _end < buffer.Length)
        {
            return;
        }

        var buffered = _end - _start;
        if (buffer.Length >= needed)
        {
            // The bytes before _start belong to frames already handed out, which the caller has given up by reading again.
            buffer.AsSpan(_start, buffered).CopyTo(buffer);
        }
        else
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Min(buffer.Length * 2, MaximumFrameLength)));
            buffer.AsSpan(_start, buffered).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            _buffer = larger;
        }

        _start = 0;
        _end = buffered;
    }

    /// <summary>Decodes the frame at <see cref="_start"/> when it is complete; throws for exception and error frames.</summary>
    private bool TryDecodeBufferedFrame()
    {
        var buffered = _end - _start;
        if (_pendingFrameLength == 0)
        {
            if (buffered < PreludeLength)
            {
                return false;
            }

            _pendingFrameLength = ReadPrelude(_buffer.AsSpan(_start, PreludeLength));
        }

        var frameLength = _pendingFrameLength;
        if (buffered < frameLength)
        {
            return false;
        }

        var frame = _buffer.AsMemory(_start, frameLength);
        _pendingFrameLength = 0;
        _start += frameLength;
        if (_start == _end)
        {
            _start = 0;
            _end = 0;
        }

        var message = DecodeFrame(frame);
        if (ReferenceEquals(message.MessageType, EventStreamKnownStrings.Exception))
        {
            throw CreateServiceException(message);
        }

        if (ReferenceEquals(message.MessageType, EventStreamKnownStrings.Error))
        {
            throw CreateErrorFrameException(message);
        }

        _current = message;
        return true;
    }

    /// <summary>Checks the prelude CRC before trusting the lengths, then the lengths; returns the total frame length.</summary>
    private int ReadPrelude(ReadOnlySpan<byte> prelude)
    {
        var statedCrc = BinaryPrimitives.ReadUInt32BigEndian(prelude[8..]);
        var actualCrc = Crc32.HashToUInt32(prelude[..8]);
        if (statedCrc != actualCrc)
        {
            throw Protocol($"Event-stream prelude checksum mismatch (stated 0x{statedCrc:X8}, computed 0x{actualCrc:X8}).");
        }

        var totalLength = BinaryPrimitives.ReadUInt32BigEndian(prelude);
        var headersLength = BinaryPrimitives.ReadUInt32BigEndian(prelude[4..]);
        if (totalLength < MinimumFrameLength || totalLength > MaximumFrameLength)
        {
            throw Protocol($"Event-stream frame length {totalLength} is outside the accepted range {MinimumFrameLength}..{MaximumFrameLength}.");
        }

        if (headersLength > totalLength - MinimumFrameLength)
        {
            throw Protocol($"Event-stream header length {headersLength} does not fit in a frame of {totalLength} bytes.");
        }

        return (int)totalLength;
    }

    private EventStreamMessage DecodeFrame(ReadOnlyMemory<byte> frame)
    {
        var span = frame.Span;
        var statedCrc = BinaryPrimitives.ReadUInt32BigEndian(span[^4..]);
        var actualCrc = Crc32.HashToUInt32(span[..^4]);
        if (statedCrc != actualCrc)
        {
            throw Protocol($"Event-stream message checksum mismatch (stated 0x{statedCrc:X8}, computed 0x{actualCrc:X8}).");
        }

        var headersLength = (int)BinaryPrimitives.ReadUInt32BigEndian(span[4..]);
        var headerBlock = frame.Slice(PreludeLength, headersLength);
        var payload = frame[(PreludeLength + headersLength)..^4];

        // One pass both validates the block and picks out the three headers every frame carries.
        string? messageType = null, eventType = null, contentType = null;
        var block = headerBlock.Span;
        var offset = 0;
        while (offset < block.Length)
        {
            var problem = EventStreamHeaderBlock.TryRead(block, ref offset, out var name, out var type, out var value);
            if (problem is not null)
            {
                throw Protocol($"Malformed event-stream header block: {problem}.");
            }

            var nameBytes = block[name];
            if (!System.Text.Unicode.Utf8.IsValid(nameBytes))
            {
                throw Protocol("Malformed event-stream header block: a header name is not valid UTF-8.");
            }

            if (type != EventStreamHeaderType.String)
            {
                continue;
            }

            var valueBytes = block[value];
            if (!System.Text.Unicode.Utf8.IsValid(valueBytes))
            {
                throw Protocol("Malformed event-stream header block: a string header value is not valid UTF-8.");
            }

            if (nameBytes.Length > 0 && nameBytes[0] == (byte)':')
            {
                if (messageType is null && nameBytes.SequenceEqual(":message-type"u8))
                {
                    messageType = EventStreamKnownStrings.GetString(valueBytes);
                }
                else if (eventType is null && nameBytes.SequenceEqual(":event-type"u8))
                {
                    eventType = EventStreamKnownStrings.GetString(valueBytes);
                }
                else if (contentType is null && nameBytes.SequenceEqual(":content-type"u8))
                {
                    contentType = EventStreamKnownStrings.GetString(valueBytes);
                }
            }
        }

        return new EventStreamMessage(headerBlock, payload, messageType, eventType, contentType);
    }

    /// <summary>A modeled error: <c>:exception-type</c> names the union member, the JSON payload carries <c>message</c> and extra members.</summary>
    private BedrockException CreateServiceException(EventStreamMessage message)
    {
        var code = BedrockErrorMapper.NormalizeCode(ReadStringHeader(message, ":exception-type"u8));
        var payload = message.Payload;
        if (payload.IsEmpty)
        {
            return BedrockErrorMapper.Create(code, null, null, _requestId);
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            string? text = null;
            if (root.ValueKind == JsonValueKind.Object
                && (root.TryGetProperty("message", out var property) || root.TryGetProperty("Message", out property))
                && property.ValueKind == JsonValueKind.String)
            {
                text = property.GetString();
            }

            return BedrockErrorMapper.Create(code, text, null, _requestId, root);
        }
        catch (JsonException)
        {
            // Keep the service's words even when they are not JSON; cap them so a garbage payload cannot flood logs.
            var excerpt = Encoding.UTF8.GetString(payload.Span[..Math.Min(payload.Length, 512)]);
            return BedrockErrorMapper.Create(code, excerpt, null, _requestId);
        }
    }

    /// <summary>An unmodeled error: <c>:error-code</c> and <c>:error-message</c> headers.</summary>
    private BedrockException CreateErrorFrameException(EventStreamMessage message)
    {
        var code = BedrockErrorMapper.NormalizeCode(ReadStringHeader(message, ":error-code"u8));
        var text = ReadStringHeader(message, ":error-message"u8);
        return BedrockErrorMapper.Create(code, text, null, _requestId);
    }

    private static string? ReadStringHeader(EventStreamMessage message, ReadOnlySpan<byte> name) =>
        message.TryGetHeader(name, out var value) && value.Type == EventStreamHeaderType.String ? value.AsString() : null;

    private BedrockProtocolException Protocol(string text)
    {
        _fault = text;
        return new BedrockProtocolException(text, _requestId);
    }
}
