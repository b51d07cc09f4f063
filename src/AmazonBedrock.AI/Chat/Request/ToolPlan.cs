using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>The tool part of a request.</summary>
internal sealed class ToolPlan
{
    /// <summary>No tools: what most requests have.</summary>
    public static readonly ToolPlan None = new()
    {
        WireToOriginal = new Dictionary<string, string>(),
        OriginalToWire = new Dictionary<string, string>(),
    };

    /// <summary>Converse <c>toolConfig</c>, or null when no tools are sent.</summary>
    public ToolConfig? ToolConfig { get; init; }

    /// <summary>Claude's native <c>tool_choice</c> for <c>additionalModelRequestFields</c> (parallel tool use off).</summary>
    public JsonObject? AnthropicToolChoice { get; init; }

    /// <summary>Wire name → original name, for the tools sent.</summary>
    public required IReadOnlyDictionary<string, string> WireToOriginal { get; init; }

    /// <summary>Original name → wire name, for every declared tool (history uses it too).</summary>
    public required IReadOnlyDictionary<string, string> OriginalToWire { get; init; }

    /// <summary>The name of the structured-output tool, when one was added.</summary>
    public string? JsonToolName { get; init; }
}
