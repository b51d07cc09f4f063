using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// <see cref="ChatOptions"/> with the Converse settings MEAI has no slot for. Pass it wherever <see cref="ChatOptions"/>
/// is accepted; <see cref="Clone"/> keeps every field, so MEAI middleware that clones options loses nothing.
/// </summary>
public class BedrockChatOptions : ChatOptions
{
    /// <summary>Creates empty options.</summary>
    public BedrockChatOptions()
    {
    }

    /// <summary>Copies <paramref name="other"/>, deep-copying the mutable Bedrock fields.</summary>
    protected BedrockChatOptions(BedrockChatOptions? other)
        : base(other)
    {
        if (other is null)
        {
            return;
        }

        AdditionalModelRequestFields = (JsonObject?)other.AdditionalModelRequestFields?.DeepClone();
        AdditionalModelResponseFieldPaths = other.AdditionalModelResponseFieldPaths is null ? null : [.. other.AdditionalModelResponseFieldPaths];
        ReasoningConfig = other.ReasoningConfig?.Clone();
        GuardrailConfig = other.GuardrailConfig?.Clone();
        Latency = other.Latency;
        ServiceTier = other.ServiceTier;
        RequestMetadata = other.RequestMetadata is null ? null : new Dictionary<string, string>(other.RequestMetadata, StringComparer.Ordinal);
        PromptVariables = other.PromptVariables is null ? null : new Dictionary<string, string>(other.PromptVariables, StringComparer.Ordinal);
        StructuredOutputMode = other.StructuredOutputMode;
        AnthropicBeta = other.AnthropicBeta is null ? null : [.. other.AnthropicBeta];
        DisableParallelToolUse = other.DisableParallelToolUse;
        InstructionsCachePoint = other.InstructionsCachePoint;
        ToolsCachePoint = other.ToolsCachePoint;
        ToolInputDeltas = other.ToolInputDeltas;
    }

    /// <summary>
    /// Model-native fields merged into Converse <c>additionalModelRequestFields</c>. Fields this library derives
    /// (<c>thinking</c>, <c>top_k</c>, <c>tool_choice</c> …) are written over the same keys.
    /// </summary>
    public JsonObject? AdditionalModelRequestFields { get; set; }

    /// <summary>JSON pointers of model-native response fields to return (Converse <c>additionalModelResponseFieldPaths</c>).</summary>
    public IList<string>? AdditionalModelResponseFieldPaths { get; set; }

    /// <summary>Explicit reasoning settings; they win over <see cref="ChatOptions.Reasoning"/>.</summary>
    public BedrockReasoningConfig? ReasoningConfig { get; set; }

    /// <summary>The guardrail to apply.</summary>
    public BedrockGuardrailConfig? GuardrailConfig { get; set; }

    /// <summary>The latency profile (Converse <c>performanceConfig.latency</c>).</summary>
    public BedrockLatency? Latency { get; set; }

    /// <summary>The service tier (Converse <c>serviceTier.type</c>).</summary>
    public BedrockServiceTier? ServiceTier { get; set; }

    /// <summary>Key-value pairs recorded with the invocation log (Converse <c>requestMetadata</c>).</summary>
    public IDictionary<string, string>? RequestMetadata { get; set; }

    /// <summary>Values for the variables of a Prompt Management prompt (Converse <c>promptVariables</c>).</summary>
    public IDictionary<string, string>? PromptVariables { get; set; }

    /// <summary>How a JSON-schema response format is requested; null uses the client's setting.</summary>
    public BedrockStructuredOutputMode? StructuredOutputMode { get; set; }

    /// <summary>Anthropic beta flags, sent as <c>additionalModelRequestFields.anthropic_beta</c> (Claude only).</summary>
    public IList<string>? AnthropicBeta { get; set; }

    /// <summary>Asks Claude for at most one tool call per turn (<c>tool_choice.disable_parallel_tool_use</c>).</summary>
    public bool? DisableParallelToolUse { get; set; }

    /// <summary>A cache point placed right after the <see cref="ChatOptions.Instructions"/> system text.</summary>
    public BedrockCacheTtl? InstructionsCachePoint { get; set; }

    /// <summary>A cache point placed after the tool definitions, so they are cached too.</summary>
    public BedrockCacheTtl? ToolsCachePoint { get; set; }

    /// <inheritdoc />
    public override ChatOptions Clone() => new BedrockChatOptions(this);

    /// <summary>
    /// Opt-in: receives each fragment of a tool call's arguments while a stream generates them (to show progress).
    /// The fragments never enter updates or the conversation history; the whole call still arrives at the end of its block.
    /// Called on the thread that enumerates the stream; keep it quick.
    /// </summary>
    public IProgress<BedrockToolInputDelta>? ToolInputDeltas { get; set; }
}
