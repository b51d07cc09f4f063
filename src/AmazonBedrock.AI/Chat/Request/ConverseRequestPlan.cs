namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A Converse request body ready to send, with what the response mapping needs to know about it.</summary>
internal sealed class ConverseRequestPlan
{
    /// <summary>The UTF-8 JSON body.</summary>
    public required byte[] Body { get; init; }

    /// <summary>Settings and content that could not be honoured exactly.</summary>
    public required IReadOnlyList<BedrockWarning> Warnings { get; init; }

    /// <summary>Set when structured output goes through a JSON tool: that tool's input is the answer text.</summary>
    public string? JsonResponseToolName { get; init; }

    /// <summary>Tool name on the wire → the original <c>AIFunction</c> name.</summary>
    public required IReadOnlyDictionary<string, string> ToolNameMap { get; init; }

    /// <summary>The model family the request was built for.</summary>
    public required BedrockModelFamily Family { get; init; }
}
