using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Chat.Integration;

/// <summary>The chat client end to end against the emulator: the JSON it received and the MEAI objects returned.</summary>
public sealed class ChatEmulatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> ModelIds => new()
    {
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "amazon.nova-pro-v1:0",
        "meta.llama3-70b-instruct-v1:0",
        "mistral.mistral-large-2407-v1:0",
        "cohere.command-r-plus-v1:0",
        "us.deepseek.r1-v1:0",
        "openai.gpt-oss-120b-1:0",
    };

    [Theory]
    [MemberData(nameof(ModelIds))]
    public async Task Text_answers_for_every_family(string modelId)
    {
        fixture.Emulator.ClearRequests();
        var client = fixture.Provider.GetChatClient(modelId);
        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "What is the capital of France?")],
            new ChatOptions { MaxOutputTokens = 200, Temperature = 0.5f });

        Assert.False(string.IsNullOrWhiteSpace(response.Text));
        Assert.Equal(modelId, response.ModelId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.NotNull(response.Usage?.InputTokenCount);
        Assert.NotNull(response.Usage?.OutputTokenCount);
        Assert.Null(response.ConversationId);

        var request = fixture.Emulator.LastRequest;
        Assert.Equal("converse", request.Operation);
        Assert.Equal(modelId, request.ModelId);
        Assert.Equal($"/model/{Uri.EscapeDataString(modelId)}/converse", request.RawPath);
        Assert.Equal(request.RequestId, response.ResponseId);
        var json = request.Json!.AsObject();
        Assert.Equal("Be brief.", json["system"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("user", json["messages"]![0]!["role"]!.GetValue<string>());
        Assert.Equal("What is the capital of France?", json["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(200, json["inferenceConfig"]!["maxTokens"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public async Task Streaming_gives_the_same_answer_in_several_updates(string modelId)
    {
        var client = fixture.Provider.GetChatClient(modelId);
        ChatMessage[] messages = [new(ChatRole.User, "Tell me about streaming responses.")];
        var whole = await client.GetResponseAsync(messages);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages))
        {
            updates.Add(update);
        }

        Assert.Equal("converse-stream", fixture.Emulator.LastRequest.Operation);
        Assert.True(updates.Count(u => !string.IsNullOrEmpty(u.Text)) > 1);
        Assert.All(updates, u => Assert.Equal(modelId, u.ModelId));
        Assert.Single(updates.Select(u => u.MessageId).Distinct());
        var streamed = updates.ToChatResponse();
        Assert.Equal(whole.Text, streamed.Text);
        Assert.Equal(ChatFinishReason.Stop, streamed.FinishReason);
        Assert.Equal(whole.Usage?.OutputTokenCount, streamed.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task Max_tokens_stop_maps_to_length()
    {
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        var response = await client.GetResponseAsync("Write a very long essay about the history of computing and networks.", new ChatOptions { MaxOutputTokens = 3 });
        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
        Assert.Equal("max_tokens", response.GetBedrockStopReason());
    }

    [Fact]
    public async Task An_exception_mid_stream_surfaces_after_the_text_before_it()
    {
        fixture.Emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", """{"role":"assistant"}"""),
            ScriptedEvent.Event("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Hello"}}"""),
            ScriptedEvent.Exception("throttlingException", "Too many tokens, please wait before trying again.")));
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");

        var texts = new List<string>();
        var error = await Assert.ThrowsAsync<BedrockThrottlingException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi"))
            {
                texts.Add(update.Text);
            }
        });

        Assert.Contains("Hello", texts);
        Assert.Equal("Too many tokens, please wait before trying again.", error.Message);
        Assert.Equal(fixture.Emulator.LastRequest.RequestId, error.RequestId);
    }

    [Fact]
    public async Task A_truncated_frame_is_a_protocol_error()
    {
        fixture.Emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", """{"role":"assistant"}"""),
            ScriptedEvent.Truncated("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Hel"}}""")));
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        var error = await Assert.ThrowsAsync<BedrockProtocolException>(async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync("Hi"))
            {
            }
        });
        Assert.Equal(fixture.Emulator.LastRequest.RequestId, error.RequestId);
    }

    [Fact]
    public async Task A_corrupted_frame_is_a_protocol_error()
    {
        fixture.Emulator.Enqueue(ScriptedResponse.EventStream(
            ScriptedEvent.Event("messageStart", """{"role":"assistant"}"""),
            ScriptedEvent.Corrupted("contentBlockDelta", """{"contentBlockIndex":0,"delta":{"text":"Hel"}}""")));
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        await Assert.ThrowsAsync<BedrockProtocolException>(async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync("Hi"))
            {
            }
        });
    }

    [Fact]
    public async Task Http_errors_become_typed_exceptions_with_the_request_id()
    {
        fixture.Emulator.Enqueue(ScriptedResponse.Error(400, "ValidationException", "The provided model identifier is invalid."));
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        var error = await Assert.ThrowsAsync<BedrockValidationException>(() => client.GetResponseAsync("Hi"));
        Assert.Equal("The provided model identifier is invalid.", error.Message);
        Assert.Equal(fixture.Emulator.LastRequest.RequestId, error.RequestId);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Throttling_is_retried_and_then_succeeds()
    {
        fixture.Emulator.ClearRequests();
        fixture.Emulator.Enqueue(ScriptedResponse.Error(429, "ThrottlingException", "Rate exceeded"));
        using var provider = fixture.CreateProvider();
        var response = await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi there");
        Assert.False(string.IsNullOrEmpty(response.Text));
        Assert.Equal(2, fixture.Emulator.Requests.Count);
    }

    [Fact]
    public async Task Bad_input_fails_before_any_network_call()
    {
        fixture.Emulator.ClearRequests();
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.GetResponseAsync(Array.Empty<ChatMessage>()));
        await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync([new ChatMessage(ChatRole.Tool, [new FunctionResultContent("missing-call", "42")])]));
        await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1, 2, 3 }, "application/x-unknown")])]));
        Assert.Empty(fixture.Emulator.Requests);
    }

    [Fact]
    public async Task Custom_headers_are_sent_and_the_signature_still_verifies()
    {
        using var provider = fixture.CreateProvider(o => o.Headers["X-Team"] = "search");
        await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi");
        Assert.Equal("search", fixture.Emulator.LastRequest.Headers["X-Team"]);
        Assert.Contains("x-team", fixture.Emulator.LastRequest.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_rejected_with_access_denied()
    {
        using var provider = fixture.CreateProvider(o => o.SecretAccessKey = "not-the-secret");
        var error = await Assert.ThrowsAsync<BedrockAccessDeniedException>(() => provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi"));
        Assert.Equal(403, error.StatusCode);
        Assert.DoesNotContain("not-the-secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_keys_are_accepted_as_bearer_tokens()
    {
        using var provider = fixture.CreateProvider(o => o.ApiKey = "bedrock-api-key");
        await provider.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hi");
        Assert.Equal("Bearer bedrock-api-key", fixture.Emulator.LastRequest.Headers["Authorization"]);
    }

    [Fact]
    public async Task Application_inference_profile_arns_reach_the_service_intact()
    {
        const string arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123";
        var client = fixture.Provider.GetChatClient(arn, new BedrockChatClientSettings { Family = BedrockModelFamily.Anthropic });
        var response = await client.GetResponseAsync("Hi");
        Assert.Equal(arn, fixture.Emulator.LastRequest.ModelId);
        Assert.Equal("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc123/converse", fixture.Emulator.LastRequest.RawPath);
        Assert.Equal(arn, response.ModelId);
    }

    [Fact]
    public void Metadata_and_services_are_exposed()
    {
        IChatClient client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        var metadata = client.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("aws.bedrock", metadata.ProviderName);
        Assert.Equal(fixture.Emulator.BaseUri, metadata.ProviderUri);
        Assert.Equal("amazon.nova-lite-v1:0", metadata.DefaultModelId);
        Assert.Same(fixture.Provider.Options, client.GetService<BedrockProviderOptions>());
        Assert.Same(client, client.GetService<BedrockChatClient>());
        Assert.Same(fixture.Provider, client.GetService<BedrockProvider>());
        Assert.Null(client.GetService<ChatClientMetadata>("key"));
    }

    [Fact]
    public async Task Model_id_can_be_overridden_per_call()
    {
        var client = fixture.Provider.GetChatClient("amazon.nova-lite-v1:0");
        var response = await client.GetResponseAsync("Hi", new ChatOptions { ModelId = "amazon.nova-pro-v1:0" });
        Assert.Equal("amazon.nova-pro-v1:0", fixture.Emulator.LastRequest.ModelId);
        Assert.Equal("amazon.nova-pro-v1:0", response.ModelId);
    }

    internal static JsonObject Body(BedrockEmulator emulator) => emulator.LastRequest.Json!.AsObject();
}
