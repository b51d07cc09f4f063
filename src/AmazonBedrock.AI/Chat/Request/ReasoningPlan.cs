using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>What reasoning adds to a request.</summary>
internal sealed class ReasoningPlan
{
    public static readonly ReasoningPlan None = new();

    /// <summary>Claude thinks (enabled or adaptive): sampling parameters must go.</summary>
    public bool ThinkingOn { get; init; }

    /// <summary>The Claude thinking budget, added to <c>maxTokens</c>.</summary>
    public int? BudgetTokens { get; init; }

    /// <summary>Fields for <c>additionalModelRequestFields</c>, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Fields { get; init; } = [];

    /// <summary>The Claude effort, merged into <c>additionalModelRequestFields.output_config</c>.</summary>
    public string? AnthropicEffort { get; init; }

    /// <summary>Nova 2 Lite at high effort must not get <c>maxTokens</c>.</summary>
    public bool RemoveMaxTokens { get; init; }
}
