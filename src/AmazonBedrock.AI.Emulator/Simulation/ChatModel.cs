using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>A chat request in a wire-neutral form, read from Converse or from an Anthropic Messages body.</summary>
internal sealed class ChatRequest
{
    public required string ModelId { get; init; }

    public List<ChatMessage> Messages { get; } = [];

    public string SystemText { get; set; } = string.Empty;

    public List<ToolDefinition> Tools { get; } = [];

    /// <summary><c>auto</c>, <c>any</c>, <c>tool</c> or <c>none</c>.</summary>
    public string ToolChoice { get; set; } = "auto";

    public string? ToolChoiceName { get; set; }

    public int? MaxTokens { get; set; }

    public List<string> StopSequences { get; } = [];

    public bool ReasoningRequested { get; set; }

    public JsonNode? ResponseSchema { get; set; }
}

/// <summary>One message: a role and its parts.</summary>
internal sealed record ChatMessage(string Role, List<ChatPart> Parts);

/// <summary>One content part of a message.</summary>
internal abstract record ChatPart;

/// <summary>Text content.</summary>
internal sealed record TextPart(string Text) : ChatPart;

/// <summary>A tool call made by the assistant.</summary>
internal sealed record ToolUsePart(string ToolUseId, string Name, JsonNode? Input) : ChatPart;

/// <summary>A tool's result sent back by the user.</summary>
internal sealed record ToolResultPart(string ToolUseId, string Content) : ChatPart;

/// <summary>Content the simulated model only acknowledges (images, documents, video).</summary>
internal sealed record MediaPart(string Kind, string Format) : ChatPart;

/// <summary>A tool offered to the model.</summary>
internal sealed record ToolDefinition(string Name, string Description, JsonNode? Schema);

/// <summary>A simulated assistant turn.</summary>
internal sealed record AssistantTurn(IReadOnlyList<TurnBlock> Blocks, string StopReason, string? StopSequence, int InputTokens, int OutputTokens)
{
    public int LatencyMs => 120 + (7 * OutputTokens);
}

/// <summary>One block of a simulated turn.</summary>
internal abstract record TurnBlock;

/// <summary>Answer text.</summary>
internal sealed record TextBlock(string Text) : TurnBlock;

/// <summary>Reasoning text with the signature the emulator issued for it.</summary>
internal sealed record ReasoningBlock(string Text, string Signature) : TurnBlock;

/// <summary>A tool call with its input as compact JSON.</summary>
internal sealed record ToolUseBlock(string ToolUseId, string Name, string InputJson) : TurnBlock;
