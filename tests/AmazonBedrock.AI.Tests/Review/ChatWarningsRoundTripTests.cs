using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Review;

public sealed class ChatWarningsRoundTripTests
{
    [Fact]
    public void Chat_warnings_survive_the_camel_case_json_round_trip_of_meai_caching()
    {
        var warning = new BedrockWarning(BedrockWarning.UnsupportedSetting, "Seed is not supported.", "Seed");
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi"))
        {
            AdditionalProperties = new() { [BedrockResponseExtensions.WarningsKey] = new[] { warning } },
        };

        var json = JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions);
        var restored = JsonSerializer.Deserialize<ChatResponse>(json, AIJsonUtilities.DefaultOptions)!;

        Assert.Equal(warning, Assert.Single(restored.GetBedrockWarnings()));
    }

    [Fact]
    public void Chat_warnings_written_with_pascal_case_names_are_read_too()
    {
        using var document = JsonDocument.Parse("""[{"Code":"adjusted-setting","Message":"m","Setting":"Temperature"}]""");
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi"))
        {
            AdditionalProperties = new() { [BedrockResponseExtensions.WarningsKey] = document.RootElement.Clone() },
        };

        Assert.Equal(new BedrockWarning(BedrockWarning.AdjustedSetting, "m", "Temperature"), Assert.Single(response.GetBedrockWarnings()));
    }
}
