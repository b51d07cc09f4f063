using System.Text.Json;
using AmazonBedrock.AI.Chat.Response;

namespace AmazonBedrock.AI.Tests.Chat.Response;

public sealed class ConverseMembersTests
{
    [Fact]
    public void Finds_every_member_in_one_pass_and_ignores_unknown_ones()
    {
        using var document = JsonDocument.Parse("""
            {"output":{"message":{}},"stopReason":"end_turn","future":{"x":1},"usage":{"inputTokens":1},"metrics":{"latencyMs":5},
             "additionalModelResponseFields":[1],"trace":{},"performanceConfig":{"latency":"optimized"},"serviceTier":{"type":"flex"}}
            """);
        var members = ConverseMembers.Read(document.RootElement);
        Assert.Equal(JsonValueKind.Object, members.Output.ValueKind);
        Assert.Equal("end_turn", members.StopReason.GetString());
        Assert.Equal(1, members.Usage.GetProperty("inputTokens").GetInt32());
        Assert.Equal(5, members.Metrics.GetProperty("latencyMs").GetInt32());
        Assert.Equal(JsonValueKind.Array, members.AdditionalModelResponseFields.ValueKind);
        Assert.Equal(JsonValueKind.Object, members.Trace.ValueKind);
        Assert.Equal("optimized", members.PerformanceConfig.GetProperty("latency").GetString());
        Assert.Equal("flex", members.ServiceTier.GetProperty("type").GetString());
    }

    [Fact]
    public void Escaped_names_match_wrong_kinds_are_absent_and_the_last_duplicate_wins()
    {
        using var document = JsonDocument.Parse("""
            {"\u0073topReason":"max_tokens","usage":[1],"metrics":{"latencyMs":1},"metrics":{"latencyMs":2},"additionalModelResponseFields":null,"trace":"x"}
            """);
        var members = ConverseMembers.Read(document.RootElement);
        Assert.Equal("max_tokens", members.StopReason.GetString());
        Assert.Equal(JsonValueKind.Undefined, members.Usage.ValueKind);
        Assert.Equal(2, members.Metrics.GetProperty("latencyMs").GetInt32());
        Assert.Equal(JsonValueKind.Undefined, members.AdditionalModelResponseFields.ValueKind);
        Assert.Equal(JsonValueKind.Undefined, members.Trace.ValueKind);
        Assert.Equal(JsonValueKind.Undefined, members.Output.ValueKind);
    }

    [Fact]
    public void A_value_that_is_not_an_object_has_no_members()
    {
        using var document = JsonDocument.Parse("[1]");
        Assert.Equal(JsonValueKind.Undefined, ConverseMembers.Read(document.RootElement).Output.ValueKind);
    }
}
