using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class ValidationTests
{
    private const string ModelId = "amazon.nova-pro-v1:0";

    public static TheoryData<string, string> Violations => new()
    {
        { "{\"messages\":[{\"role\":\"assistant\",\"content\":[{\"text\":\"hi\"}]}]}", "A conversation must start with a user message. Try again with a conversation that starts with a user message." },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"user\",\"content\":[{\"text\":\"b\"}]}]}", "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again." },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"  \"}]}]}", "The text field in the ContentBlock object at messages.0.content.0 is blank. Add text to the text field, and try again." },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"f\",\"input\":{}}}]},{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":[{\"text\":\"ok\"}]}}]}]}", "The toolConfig field must be defined when using toolUse and toolResult content blocks." },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"f\",\"input\":{}}}]},{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t2\",\"content\":[{\"text\":\"ok\"}]}}]}],\"toolConfig\":{\"tools\":[{\"toolSpec\":{\"name\":\"f\",\"inputSchema\":{\"json\":{\"type\":\"object\"}}}}]}}", "Expected toolResult blocks at messages.2.content for the following Ids: t1" },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"},{\"image\":{\"format\":\"bmp\",\"source\":{\"bytes\":\"AA==\"}}}]}]}", "1 validation error detected: Value 'bmp' at 'messages.1.member.content.2.member.image.format' failed to satisfy constraint: Member must satisfy enum value set: [gif, jpeg, png, webp]" },
        { "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]}],\"inferenceConfig\":{\"maxTokens\":0}}", "1 validation error detected: Value '0' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1" },
        { "not json", "Malformed input request, please reformat your input and try again." },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Converse_violations_get_bedrock_validation_messages(string body, string expected)
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var (status, type, message) = await EmulatorHttp.PostErrorAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), body);

        Assert.Equal(400, status);
        Assert.Equal("ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/", type);
        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task Unknown_model_id_pattern_is_rejected()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var (status, _, message) = await EmulatorHttp.PostErrorAsync(emulator, EmulatorHttp.ModelPath("not a model", "converse"), EmulatorHttp.Converse("hi"));
        Assert.Equal(400, status);
        Assert.Equal("The provided model identifier is invalid.", message);
    }

    [Fact]
    public async Task Validation_can_be_turned_off()
    {
        await using var emulator = await BedrockEmulator.StartAsync(new BedrockEmulatorOptions { ValidateRequests = false });
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath(ModelId, "converse"), "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]},{\"role\":\"user\",\"content\":[{\"text\":\"b\"}]}]}");
        Assert.NotNull(json["output"]);
    }

    [Fact]
    public async Task Unknown_path_gets_UnknownOperationException()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var (status, type, _) = await EmulatorHttp.PostErrorAsync(emulator, "model/x.y/count-words", "{}");
        Assert.Equal(404, status);
        Assert.StartsWith("UnknownOperationException:", type, StringComparison.Ordinal);
        Assert.Null(emulator.LastRequest.Operation);
    }
}
