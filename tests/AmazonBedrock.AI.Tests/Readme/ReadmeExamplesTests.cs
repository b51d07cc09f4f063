using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;
using AmazonBedrock.AI.Tests.Chat.Integration;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Readme;

/// <summary>The README's examples, compiled and run against the emulator, so the front door stays true.</summary>
public sealed class ReadmeExamplesTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public sealed record City(string Name, string Country, int Population);

    [Fact]
    public async Task Quick_start()
    {
        IChatClient chat = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        ChatResponse answer = await chat.GetResponseAsync("Explain SigV4 in one sentence.");
        Assert.False(string.IsNullOrEmpty(answer.Text));

        var streamed = new System.Text.StringBuilder();
        await foreach (var update in chat.GetStreamingResponseAsync("Now a haiku about it."))
        {
            streamed.Append(update.Text);
        }

        Assert.NotEqual(0, streamed.Length);

        var weather = AIFunctionFactory.Create((string city) => $"18°C and sunny in {city}", "get_weather", "Current weather for a city");
        IChatClient agent = chat.AsBuilder().UseFunctionInvocation().Build();
        var reply = await agent.GetResponseAsync("Should I take an umbrella in Lisbon?", new ChatOptions { Tools = [weather] });
        Assert.False(string.IsNullOrEmpty(reply.Text));

        ChatResponse<City> city = await chat.GetResponseAsync<City>("The largest city in Japan?");
        Assert.True(city.TryGetResult(out _));
    }

    [Fact]
    public async Task Chat_beyond_the_basics()
    {
        IChatClient chat = fixture.Provider.GetChatClient("us.anthropic.claude-sonnet-4-5-20250929-v1:0");
        var longPolicy = "Answer only from the contract.";
        var options = new BedrockChatOptions
        {
            Instructions = longPolicy,
            InstructionsCachePoint = BedrockCacheTtl.OneHour,
            ReasoningConfig = new BedrockReasoningConfig { Type = BedrockReasoningType.Enabled, BudgetTokens = 4000 },
            GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr-abc", GuardrailVersion = "1", Trace = BedrockGuardrailTrace.Enabled },
            Latency = BedrockLatency.Optimized,
            AdditionalModelRequestFields = new JsonObject { ["top_k"] = 50 },
        };
        var pdf = "%PDF-1.4 minimal"u8.ToArray();
        var message = new ChatMessage(ChatRole.User,
        [
            new DataContent(pdf, "application/pdf") { Name = "contract" }.WithCitations(),
            new TextContent("Which clause covers termination?"),
        ]);
        ChatResponse response = await chat.GetResponseAsync([message], options);
        Assert.NotNull(response.GetBedrockWarnings());
        Assert.NotNull(response.Usage?.InputTokenCount);
        Assert.NotNull(response.GetBedrockLatency());

        var body = fixture.Emulator.LastRequest.Json!;
        Assert.Equal("1h", body["system"]![1]!["cachePoint"]!["ttl"]!.GetValue<string>());
        Assert.True(body["messages"]![0]!["content"]![0]!["document"]!["citations"]!["enabled"]!.GetValue<bool>());

        int tokens = await ((BedrockChatClient)chat).CountTokensAsync([message], options);
        Assert.True(tokens > 0);
    }

#pragma warning disable MEAI001
    [Fact]
    public async Task Embeddings_images_and_reranking()
    {
        var bedrock = fixture.Provider;
        var embedder = bedrock.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0");
        var vectors = await embedder.GenerateAsync(["first document", "second document"], new EmbeddingGenerationOptions { Dimensions = 512 });
        Assert.Equal(512, vectors[0].Vector.Length);

        var painter = bedrock.GetImageGenerator("amazon.nova-canvas-v1:0");
        var images = await painter.GenerateAsync(
            new ImageGenerationRequest("a lighthouse at dusk"),
            new BedrockImageGenerationOptions { ImageSize = new System.Drawing.Size(1024, 1024), NegativeText = "people", Seed = 0 });
        Assert.Single(images.Contents);
        Assert.Equal(0, fixture.Emulator.LastRequest.Json!["imageGenerationConfig"]!["seed"]!.GetValue<int>());

        string[] documents = ["Cats nap often.", "Stocks rose.", "Dogs bark."];
        var reranker = bedrock.GetReranker("amazon.rerank-v1:0");
        var ranked = await reranker.RerankAsync("how do cats sleep", documents, topN: 3);
        Assert.Equal(0, ranked.Results[0].Index);
    }
#pragma warning restore MEAI001

    [Fact]
    public async Task Emulator_in_your_own_tests()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        using var bedrock = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            BaseUri = emulator.BaseUri,
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            ReadEnvironment = false,
        });

        emulator.Enqueue(ScriptedResponse.Error(429, "ThrottlingException", "Too many requests"));
        var answer = await bedrock.GetChatClient("amazon.nova-lite-v1:0").GetResponseAsync("Hello");
        Assert.False(string.IsNullOrEmpty(answer.Text));
        Assert.Equal("/model/amazon.nova-lite-v1%3A0/converse", emulator.LastRequest.RawPath);
        Assert.Equal(2, emulator.Requests.Count);
    }
}
