using System.Diagnostics;
using System.Net;
using System.Text;
using Amazon.Runtime.EventStreams;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class ScriptedResponseTests
{
    private const string ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    [Fact]
    public async Task Scripted_json_is_served_once_in_fifo_order_then_the_simulator_answers()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Json("{\"first\":true}", headers: new Dictionary<string, string> { ["X-Amzn-Bedrock-Input-Token-Count"] = "7" }));
        emulator.Enqueue(ScriptedResponse.Json("{\"second\":true}", 201));
        string path = EmulatorHttp.ModelPath(ModelId, "converse");

        using (var first = await EmulatorHttp.PostAsync(emulator, path, EmulatorHttp.Converse("a")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("{\"first\":true}", await first.Content.ReadAsStringAsync());
            Assert.Equal("7", first.Headers.GetValues("X-Amzn-Bedrock-Input-Token-Count").Single());
            Assert.Equal(emulator.LastRequest.RequestId, first.Headers.GetValues("x-amzn-RequestId").Single());
            Assert.NotNull(first.Headers.Date);
        }

        using (var second = await EmulatorHttp.PostAsync(emulator, path, EmulatorHttp.Converse("b")))
        {
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        var simulated = await EmulatorHttp.PostJsonAsync(emulator, path, EmulatorHttp.Converse("c"));
        Assert.NotNull(simulated["output"]);
        Assert.Equal(3, emulator.Requests.Count);
        Assert.Equal(0, emulator.PendingResponses);
    }

    [Fact]
    public async Task Scripted_error_has_bedrock_headers_and_body()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Error(429, "ThrottlingException", "Too many requests, please wait before trying again."));
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("a"));

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal("ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Equal("{\"message\":\"Too many requests, please wait before trying again.\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Scripted_event_stream_frames_decode_with_AWSSDK_and_carry_padding()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", "{\"role\":\"assistant\"}"),
            ScriptedEvent.Event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hé 👋\"}}"),
            ScriptedEvent.Delay(TimeSpan.FromMilliseconds(20)),
            ScriptedEvent.Exception("throttlingException", "Too many requests"),
            ScriptedEvent.Error("InternalFailure", "boom")));

        var messages = await EmulatorHttp.PostStreamAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse-stream"), EmulatorHttp.Converse("a"));

        Assert.Equal(4, messages.Count);
        Assert.Equal("messageStart", EmulatorHttp.Header(messages[0], ":event-type"));
        Assert.Equal("event", EmulatorHttp.Header(messages[0], ":message-type"));
        Assert.Equal("application/json", EmulatorHttp.Header(messages[0], ":content-type"));
        Assert.Equal("assistant", EmulatorHttp.Unpadded(messages[0])["role"]!.GetValue<string>());
        Assert.Equal("Hé 👋", EmulatorHttp.Unpadded(messages[1])["delta"]!["text"]!.GetValue<string>());
        Assert.Equal("exception", EmulatorHttp.Header(messages[2], ":message-type"));
        Assert.Equal("throttlingException", EmulatorHttp.Header(messages[2], ":exception-type"));
        Assert.Equal("Too many requests", EmulatorHttp.Payload(messages[2])["message"]!.GetValue<string>());
        Assert.Equal("error", EmulatorHttp.Header(messages[3], ":message-type"));
        Assert.Equal("InternalFailure", EmulatorHttp.Header(messages[3], ":error-code"));
        Assert.Equal("boom", EmulatorHttp.Header(messages[3], ":error-message"));
        Assert.Empty(messages[3].Payload);
    }

    [Fact]
    public async Task Chunk_event_wraps_inner_json_in_base64_bytes()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.EventStream(ScriptedEvent.Chunk("{\"type\":\"message_stop\"}")));
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "invoke-with-response-stream"), "{}");
        Assert.Equal("application/json", response.Headers.GetValues("X-Amzn-Bedrock-Content-Type").Single());
        var (messages, _) = EmulatorHttp.DecodeFrames(await response.Content.ReadAsByteArrayAsync());

        var chunk = EmulatorHttp.Unpadded(Assert.Single(messages));
        Assert.Equal("{\"type\":\"message_stop\"}", Encoding.UTF8.GetString(Convert.FromBase64String(chunk["bytes"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Truncated_frame_ends_the_body_inside_a_frame()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", "{\"role\":\"assistant\"}"),
            ScriptedEvent.Truncated("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"cut\"}}"),
            ScriptedEvent.Event("messageStop", "{\"stopReason\":\"end_turn\"}")));
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse-stream"), EmulatorHttp.Converse("a"));
        var (messages, trailing) = EmulatorHttp.DecodeFrames(await response.Content.ReadAsByteArrayAsync());

        Assert.Single(messages);
        Assert.True(trailing > 0);
    }

    [Fact]
    public async Task Corrupted_frame_fails_the_crc_check_and_later_frames_still_arrive()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Corrupted("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"bad\"}}"),
            ScriptedEvent.Event("messageStop", "{\"stopReason\":\"end_turn\"}")));
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse-stream"), EmulatorHttp.Converse("a"));
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        Assert.ThrowsAny<Exception>(() => EmulatorHttp.DecodeFrames(body));
        int firstLength = (body[0] << 24) | (body[1] << 16) | (body[2] << 8) | body[3];
        var second = EventStreamMessage.FromBuffer(body[firstLength..], 0, body.Length - firstLength);
        Assert.Equal("messageStop", EmulatorHttp.Header(second, ":event-type"));
    }

    [Fact]
    public async Task Delay_before_the_head_is_honoured()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Json("{}").WithDelay(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();
        using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse("a"));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), watch.Elapsed.ToString());
    }

    [Fact]
    public async Task Scripted_responses_are_not_consumed_by_rejected_requests()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Json("{\"kept\":true}"));
        using (var rejected = EmulatorHttp.Signed(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), "{}", secret: "bad"))
        using (var response = await EmulatorHttp.SendAsync(rejected))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(1, emulator.PendingResponses);
        emulator.ClearRequests();
        Assert.Empty(emulator.Requests);
        Assert.Throws<InvalidOperationException>(() => emulator.LastRequest);
    }

    [Fact]
    public async Task Disconnect_fails_the_request_like_a_network_error_and_the_next_one_succeeds()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.Disconnect());
        string path = EmulatorHttp.ModelPath(ModelId, "converse");

        await Assert.ThrowsAsync<HttpRequestException>(() => EmulatorHttp.PostAsync(emulator, path, EmulatorHttp.Converse("a")));
        await EmulatorHttp.PostJsonAsync(emulator, path, EmulatorHttp.Converse("a"));
    }

    [Fact]
    public async Task Disconnect_in_a_stream_aborts_after_the_sent_events()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        emulator.Enqueue(ScriptedResponse.EventStream(ScriptedEvent.Event("messageStart", "{\"role\":\"assistant\"}"), ScriptedEvent.Disconnect()));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            // Under load the reset may arrive before the head is read; either way the call must fail, not end cleanly.
            using var response = await EmulatorHttp.PostAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse-stream"), EmulatorHttp.Converse("a"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.ReadAsByteArrayAsync();
        });
    }

    [Fact]
    public async Task Request_log_keeps_the_most_recent_requests()
    {
        await using var emulator = await BedrockEmulator.StartAsync(new BedrockEmulatorOptions { MaxRecordedRequests = 2 });
        foreach (string text in new[] { "one", "two", "three" })
        {
            await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), EmulatorHttp.Converse(text));
        }

        Assert.Equal(["two", "three"], emulator.Requests.Select(r => r.Json!["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>()));
        Assert.Same(emulator.Requests[^1], emulator.LastRequest);

        // Request ids are version-4 UUIDs, as Bedrock's are, and differ per request.
        Assert.All(emulator.Requests, r => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", r.RequestId));
        Assert.NotEqual(emulator.Requests[0].RequestId, emulator.Requests[1].RequestId);
    }
}
