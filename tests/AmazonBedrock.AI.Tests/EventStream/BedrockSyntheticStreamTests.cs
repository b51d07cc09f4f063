using System.Text.Json;
using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>The synthetic ConverseStream and InvokeModelWithResponseStream bodies listed in bedrock-synthetic/manifest.json.</summary>
public sealed class BedrockSyntheticStreamTests
{
    private static readonly JsonElement Manifest = LoadManifest();

    public static TheoryData<string, int> ValidFiles()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Manifest.GetProperty("files").EnumerateArray().Where(file => file.GetProperty("valid").GetBoolean()))
        {
            data.Add(file.GetProperty("file").GetString()!, int.MaxValue);
            data.Add(file.GetProperty("file").GetString()!, 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Valid_stream_decodes_event_by_event(string fileName, int chunkSize)
    {
        var file = Manifest.GetProperty("files").EnumerateArray().Single(entry => entry.GetProperty("file").GetString() == fileName);
        var bytes = EventStreamTestData.Read("bedrock-synthetic", fileName);
        Assert.Equal(file.GetProperty("bytes").GetInt32(), bytes.Length);
        var expectedFrames = file.GetProperty("frames").EnumerateArray().ToList();
        var expectedEvents = expectedFrames.Where(frame => frame.GetProperty("headers").GetProperty(":message-type").GetString() == "event").ToList();
        var endsWithError = expectedEvents.Count < expectedFrames.Count;

        var decoded = new List<DecodedFrame>();
        await using (var reader = new EventStreamReader(new ChunkedReadStream(bytes, chunkSize), "req-synthetic"))
        {
            if (endsWithError)
            {
                var error = await Assert.ThrowsAnyAsync<BedrockException>(() => ReaderDriver.ReadAllAsync(reader, decoded));
                Assert.IsNotType<BedrockProtocolException>(error);
                Assert.Equal("req-synthetic", error.RequestId);
            }
            else
            {
                await ReaderDriver.ReadAllAsync(reader, decoded);
            }
        }

        Assert.Equal(expectedEvents.Count, decoded.Count);
        for (var i = 0; i < decoded.Count; i++)
        {
            var expected = expectedEvents[i];
            var actual = decoded[i];
            var headers = expected.GetProperty("headers");
            Assert.Equal(headers.GetProperty(":event-type").GetString(), actual.EventType);
            Assert.Equal(headers.GetProperty(":content-type").GetString(), actual.ContentType);
            Assert.Equal("event", actual.MessageType);
            Assert.Equal(
                headers.EnumerateObject().Select(header => (header.Name, header.Value.GetString())).OrderBy(pair => pair.Name, StringComparer.Ordinal),
                actual.Headers.Select(header => (header.Name, (string?)header.Value)).OrderBy(pair => pair.Name, StringComparer.Ordinal));
            Assert.Equal(expected.GetProperty("payload").GetString(), actual.PayloadText);
            Assert.Contains("\"p\":", actual.PayloadText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Throttling_exception_frame_surfaces_after_the_partial_events()
    {
        var bytes = EventStreamTestData.Read("bedrock-synthetic", "converse-stream-exception-throttling.bin");
        var decoded = new List<DecodedFrame>();
        await using var reader = new EventStreamReader(new MemoryStream(bytes), "req-t");

        var error = await Assert.ThrowsAsync<BedrockThrottlingException>(() => ReaderDriver.ReadAllAsync(reader, decoded));

        Assert.Equal(2, decoded.Count);
        Assert.True(error.IsRetryable);
        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal("Too many tokens, please wait before trying again.", error.Message);
        Assert.Null(error.StatusCode);
        Assert.Equal("req-t", error.RequestId);
    }

    [Fact]
    public async Task Model_stream_error_frame_carries_the_original_status_and_message()
    {
        var bytes = EventStreamTestData.Read("bedrock-synthetic", "converse-stream-exception-model-stream-error.bin");

        var error = await Assert.ThrowsAsync<BedrockModelStreamErrorException>(() => ReaderDriver.ReadAllAsync(bytes));

        Assert.Equal(500, error.OriginalStatusCode);
        Assert.Equal("upstream model failed", error.OriginalMessage);
        Assert.Equal("Model stream error", error.Message);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Unmodeled_error_frame_becomes_an_internal_server_error()
    {
        var bytes = EventStreamTestData.Read("bedrock-synthetic", "converse-stream-unmodeled-error.bin");

        var error = await Assert.ThrowsAsync<BedrockInternalServerException>(() => ReaderDriver.ReadAllAsync(bytes));

        Assert.Equal("InternalFailure", error.ErrorCode);
        Assert.Equal("An internal error occurred.", error.Message);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task Invoke_stream_model_timeout_frame_becomes_a_model_timeout()
    {
        var bytes = EventStreamTestData.Read("bedrock-synthetic", "invoke-with-response-stream-exception.bin");

        var error = await Assert.ThrowsAsync<BedrockModelTimeoutException>(() => ReaderDriver.ReadAllAsync(bytes));

        Assert.Equal("Model has timed out in processing the request.", error.Message);
    }

    [Fact]
    public async Task Invoke_stream_chunks_unwrap_to_the_model_native_events()
    {
        var file = Manifest.GetProperty("files").EnumerateArray().Single(entry => entry.GetProperty("file").GetString() == "invoke-with-response-stream-anthropic.bin");
        var frames = await ReaderDriver.ReadAllAsync(EventStreamTestData.Read("bedrock-synthetic", "invoke-with-response-stream-anthropic.bin"));
        var expected = file.GetProperty("frames").EnumerateArray().ToList();

        Assert.Equal(expected.Count, frames.Count);
        var types = new List<string?>();
        for (var i = 0; i < frames.Count; i++)
        {
            Assert.Equal("chunk", frames[i].EventType);
            var inner = ResponseStreamChunk.Decode(frames[i].Payload, "req");
            using var wrapper = JsonDocument.Parse(expected[i].GetProperty("payload").GetString()!);
            Assert.Equal(wrapper.RootElement.GetProperty("bytes").GetBytesFromBase64(), inner);
            using var innerEvent = JsonDocument.Parse(inner);
            types.Add(innerEvent.RootElement.GetProperty("type").GetString());
        }

        Assert.Equal(["message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"], types);
        using var last = JsonDocument.Parse(ResponseStreamChunk.Decode(frames[^1].Payload, "req"));
        Assert.Equal(10, last.RootElement.GetProperty("amazon-bedrock-invocationMetrics").GetProperty("inputTokenCount").GetInt32());
    }

    [Theory]
    [InlineData("converse-stream-truncated.bin", 2, "ended inside a frame", int.MaxValue)]
    [InlineData("converse-stream-truncated.bin", 2, "ended inside a frame", 1)]
    [InlineData("converse-stream-bad-message-crc.bin", 1, "message checksum", int.MaxValue)]
    [InlineData("converse-stream-bad-message-crc.bin", 1, "message checksum", 3)]
    [InlineData("converse-stream-bad-prelude-crc.bin", 1, "prelude checksum", int.MaxValue)]
    [InlineData("converse-stream-bad-prelude-crc.bin", 1, "prelude checksum", 1)]
    public async Task Corrupted_stream_decodes_the_good_frames_then_raises_a_protocol_error(string fileName, int goodFrames, string reason, int chunkSize)
    {
        var bytes = EventStreamTestData.Read("bedrock-synthetic", fileName);
        var decoded = new List<DecodedFrame>();
        await using var reader = new EventStreamReader(new ChunkedReadStream(bytes, chunkSize), "req-bad");

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(reader, decoded));

        Assert.Equal(goodFrames, decoded.Count);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("req-bad", error.RequestId);

        // A corrupt stream cannot be resynchronised; the reader keeps failing rather than misreading what follows.
        await Assert.ThrowsAsync<BedrockProtocolException>(() => reader.MoveNextAsync(CancellationToken.None).AsTask());
    }

    private static JsonElement LoadManifest()
    {
        using var document = JsonDocument.Parse(EventStreamTestData.Read("bedrock-synthetic", "manifest.json"));
        return document.RootElement.Clone();
    }
}
