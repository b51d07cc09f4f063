using System.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// What the stream mapper must remember about one open content block until its <c>contentBlockStop</c>.
/// Plain text blocks need none, so the text hot path never touches this.
/// </summary>
internal sealed class StreamBlockState(StreamBlockKind kind)
{
    public StreamBlockKind Kind { get; } = kind;

    public string? ToolUseId { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public string? ImageFormat { get; init; }

    /// <summary>The <c>contentBlockStart</c> event, kept as the raw representation of what the block becomes.</summary>
    public JsonElement Start { get; init; }

    /// <summary>Tool input fragments, concatenated.</summary>
    public StringBuilder Input { get; } = new();

    /// <summary>Reasoning signature fragments, concatenated.</summary>
    public StringBuilder? Signature { get; set; }

    /// <summary>Decoded bytes of redacted reasoning or of an image.</summary>
    public MemoryStream? Bytes { get; set; }

    /// <summary>Streamed server-side tool result items (<c>{text}</c> or <c>{json}</c>).</summary>
    public List<JsonElement>? ResultItems { get; set; }
}

/// <summary>The kinds of stream blocks that need state.</summary>
internal enum StreamBlockKind
{
    ToolUse,
    JsonTool,
    Reasoning,
    Image,
    ToolResult,
}
