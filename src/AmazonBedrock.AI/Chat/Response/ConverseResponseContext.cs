namespace AmazonBedrock.AI.Chat.Response;

/// <summary>What the response mappers need to know about the request that produced the response.</summary>
internal sealed class ConverseResponseContext
{
    private static readonly IReadOnlyDictionary<string, string> NoToolNames = new Dictionary<string, string>();

    /// <summary>The model that was called; set as <c>ModelId</c> on the response and on every update.</summary>
    public required string ModelId { get; init; }

    /// <summary>The <c>x-amzn-RequestId</c> header; becomes <c>ResponseId</c> and appears in protocol error messages.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// The wire name of the tool used for structured output, when the request forced one. Its input becomes the
    /// answer text rather than a function call, and a <c>tool_use</c> stop then means <c>Stop</c>.
    /// </summary>
    public string? JsonResponseToolName { get; init; }

    /// <summary>Wire tool name (as sanitised for Bedrock) to the original function name.</summary>
    public IReadOnlyDictionary<string, string> ToolNameMap { get; init; } = NoToolNames;

    /// <summary>Warnings from request mapping; attached to the response, or to the first streaming update.</summary>
    public IReadOnlyList<BedrockWarning> Warnings { get; init; } = [];

    /// <summary>When the response was created (from the <c>Date</c> header, or the local clock).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Receives streamed tool-argument fragments when the caller opted in; never part of the updates.</summary>
    public IProgress<BedrockToolInputDelta>? ToolInputDeltas { get; init; }
}
