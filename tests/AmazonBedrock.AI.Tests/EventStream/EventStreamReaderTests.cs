using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>Framing, buffering, truncation, cancellation and disposal behaviour of <see cref="EventStreamReader"/>.</summary>
public sealed class EventStreamReaderTests
{
    private static readonly byte[] Delta = FrameBuilder.Event("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Hi"}}""");
    private static readonly byte[] Stop = FrameBuilder.Event("messageStop", """{"stopReason":"end_turn"}""");

    [Fact]
    public async Task Empty_stream_is_a_clean_end()
    {
        Assert.Empty(await ReaderDriver.ReadAllAsync([]));
    }

    [Fact]
    public async Task Clean_end_between_frames_is_not_an_error()
    {
        var frames = await ReaderDriver.ReadAllAsync(FrameBuilder.Concat(Delta, Stop));

        Assert.Equal(["contentBlockDelta", "messageStop"], frames.Select(frame => frame.EventType));
        Assert.Equal("""{"stopReason":"end_turn"}""", frames[1].PayloadText);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(11)]
    public async Task Stream_ending_inside_the_prelude_is_a_protocol_error(int preludeBytes)
    {
        var data = FrameBuilder.Concat(Delta, Stop.AsSpan(0, preludeBytes).ToArray());
        var decoded = new List<DecodedFrame>();
        await using var reader = new EventStreamReader(new MemoryStream(data), "req-cut");

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(reader, decoded));

        Assert.Single(decoded);
        Assert.Contains("prelude", error.Message, StringComparison.Ordinal);
        Assert.Equal("req-cut", error.RequestId);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(30)]
    [InlineData(1)]
    public async Task Stream_ending_inside_the_headers_or_payload_is_a_protocol_error(int missingBytes)
    {
        var data = FrameBuilder.Concat(Delta, Stop.AsSpan(0, Stop.Length - missingBytes).ToArray());

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(data, chunkSize: 4));

        Assert.Contains("ended inside a frame", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(1000)]
    public async Task Frames_split_across_reads_are_reassembled(int chunkSize)
    {
        var frames = Enumerable.Range(0, 300)
            .Select(i => FrameBuilder.Event("contentBlockDelta", $$$"""{"contentBlockIndex":0,"delta":{"text":"{{{new string('x', i * 7 % 500)}}}"}}"""))
            .ToArray();

        var decoded = await ReaderDriver.ReadAllAsync(FrameBuilder.Concat(frames), chunkSize);

        Assert.Equal(frames.Length, decoded.Count);
        for (var i = 0; i < frames.Length; i++)
        {
            Assert.Equal(new string('x', i * 7 % 500), System.Text.Json.JsonDocument.Parse(decoded[i].Payload).RootElement.GetProperty("delta").GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Frame_larger_than_the_initial_buffer_is_read_whole()
    {
        var text = new string('a', 3 * 1024 * 1024);
        var big = FrameBuilder.Event("chunk", $$"""{"bytes":"{{text}}"}""");

        var decoded = await ReaderDriver.ReadAllAsync(FrameBuilder.Concat(Delta, big, Stop), chunkSize: 64 * 1024);

        Assert.Equal(3, decoded.Count);
        Assert.Equal(text.Length + """{"bytes":""}""".Length, decoded[1].Payload.Length);
        Assert.EndsWith(new string('a', 100) + "\"}", decoded[1].PayloadText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Well_known_header_values_reuse_cached_strings()
    {
        await using var reader = new EventStreamReader(new MemoryStream(FrameBuilder.Concat(Delta, Delta, Stop)), null);

        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        var first = reader.Current.EventType;
        Assert.Same(EventStreamKnownStrings.Event, reader.Current.MessageType);
        Assert.Same(EventStreamKnownStrings.ApplicationJson, reader.Current.ContentType);
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        Assert.Same(first, reader.Current.EventType);
        Assert.Same(EventStreamKnownStrings.ContentBlockDelta, first);
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        Assert.Same(EventStreamKnownStrings.MessageStop, reader.Current.EventType);
    }

    [Fact]
    public async Task Unknown_event_types_and_message_types_are_returned_for_the_caller_to_skip()
    {
        var future = FrameBuilder.Encode("{}", (":message-type", "event"), (":event-type", "someFutureEvent"));
        var noType = FrameBuilder.Encode("x");

        var decoded = await ReaderDriver.ReadAllAsync(FrameBuilder.Concat(future, noType, Stop));

        Assert.Equal("someFutureEvent", decoded[0].EventType);
        Assert.Null(decoded[1].MessageType);
        Assert.Null(decoded[1].EventType);
        Assert.Equal("messageStop", decoded[2].EventType);
    }

    [Fact]
    public async Task Decoding_small_deltas_allocates_almost_nothing_per_frame()
    {
        var data = FrameBuilder.Concat(Enumerable.Repeat(Delta, 5000).ToArray());
        await using var reader = new EventStreamReader(new MemoryStream(data), "req");
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 1;
        while (await reader.MoveNextAsync(CancellationToken.None))
        {
            count++;
        }

        var perFrame = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;
        Assert.Equal(5000, count);
        Assert.True(perFrame < 64, $"{perFrame:F1} bytes allocated per frame");
    }

    [Fact]
    public async Task Cancellation_while_blocked_on_a_read_is_honoured()
    {
        var stream = new StalledStream(Delta);
        await using var reader = new EventStreamReader(stream, "req");
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        using var cts = new CancellationTokenSource();

        var pending = reader.MoveNextAsync(cts.Token).AsTask();
        await stream.BlockedOnRead.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(pending.IsCompleted);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Already_cancelled_token_is_honoured_before_reading()
    {
        await using var reader = new EventStreamReader(new MemoryStream(Delta), null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.MoveNextAsync(new CancellationToken(canceled: true)).AsTask());
    }

    [Fact]
    public async Task Dispose_disposes_the_stream_and_later_reads_fail()
    {
        var stream = new ChunkedReadStream(Delta, 100);
        var reader = new EventStreamReader(stream, null);

        await reader.DisposeAsync();
        await reader.DisposeAsync();

        Assert.True(stream.Disposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => reader.MoveNextAsync(CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData(0u, 0u)]
    [InlineData(15u, 0u)]
    [InlineData(16u * 1024 * 1024 + 1, 0u)]
    [InlineData(uint.MaxValue, 0u)]
    [InlineData(40u, 25u)]
    [InlineData(40u, uint.MaxValue)]
    public async Task Impossible_lengths_with_a_valid_prelude_checksum_are_rejected_without_waiting_for_the_body(uint totalLength, uint headersLength)
    {
        var prelude = new byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(prelude, totalLength);
        BinaryPrimitives.WriteUInt32BigEndian(prelude.AsSpan(4), headersLength);
        BinaryPrimitives.WriteUInt32BigEndian(prelude.AsSpan(8), Crc32.HashToUInt32(prelude.AsSpan(0, 8)));

        // The stream then stalls: a reader that trusted the length would hang instead of failing.
        await using var reader = new EventStreamReader(new StalledStream(prelude), "req-len");

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => reader.MoveNextAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_with_an_empty_name_is_rejected_even_with_valid_checksums()
    {
        var headers = new byte[] { 0, (byte)EventStreamHeaderType.BoolTrue };
        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(RawFrame(headers, "x"u8.ToArray())));

        Assert.Contains("empty name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_with_an_unknown_value_type_is_rejected_even_with_valid_checksums()
    {
        var headers = new byte[] { 1, (byte)'a', 0x60 };
        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(RawFrame(headers, [])));

        Assert.Contains("unknown value type 96", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task String_header_running_past_the_block_is_rejected_even_with_valid_checksums()
    {
        var headers = new byte[] { 1, (byte)'a', (byte)EventStreamHeaderType.String, 0, 9, (byte)'b' };
        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(RawFrame(headers, [])));

        Assert.Contains("past the end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task String_header_with_invalid_utf8_is_rejected_even_with_valid_checksums()
    {
        var headers = new byte[] { 1, (byte)'a', (byte)EventStreamHeaderType.String, 0, 2, 0xC3, 0x28 };
        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(RawFrame(headers, [])));

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_lookup_by_name_returns_typed_values()
    {
        var frame = RawFrame(
            [
                .. HeaderBytes("n", EventStreamHeaderType.Int32, [0, 0, 1, 0]),
                .. HeaderBytes(":event-type", EventStreamHeaderType.String, [0, 6, .. "custom"u8]),
            ],
            []);
        await using var reader = new EventStreamReader(new MemoryStream(frame), null);
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));

        Assert.Equal("custom", reader.Current.EventType);
        Assert.True(reader.Current.TryGetHeader("n", out var number));
        Assert.Equal(256, number.AsInt32());
        Assert.Throws<InvalidOperationException>(() => number.AsString());
        Assert.True(reader.Current.TryGetHeader(":event-type"u8, out var eventType));
        Assert.Equal("custom", Encoding.UTF8.GetString(eventType.AsUtf8String().Span));
        Assert.False(reader.Current.TryGetHeader("missing", out _));
        Assert.False(reader.Current.TryGetHeader(new string('n', 300), out _));
        Assert.True(reader.Current.Payload.IsEmpty);
    }

    private static byte[] HeaderBytes(string name, EventStreamHeaderType type, byte[] value) =>
        [(byte)name.Length, .. Encoding.UTF8.GetBytes(name), (byte)type, .. value];

    /// <summary>Builds a frame with correct checksums around arbitrary header bytes, to reach the header validation.</summary>
    private static byte[] RawFrame(byte[] headers, byte[] payload)
    {
        var frame = new byte[16 + headers.Length + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)frame.Length);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)headers.Length);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(8), Crc32.HashToUInt32(frame.AsSpan(0, 8)));
        headers.CopyTo(frame, 12);
        payload.CopyTo(frame, 12 + headers.Length);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(frame.Length - 4), Crc32.HashToUInt32(frame.AsSpan(0, frame.Length - 4)));
        return frame;
    }
}
