namespace AmazonBedrock.AI;

/// <summary>How a JSON-schema <c>ResponseFormat</c> is requested from the model.</summary>
public enum BedrockStructuredOutputMode
{
    /// <summary>Native output format where the model supports it reliably, the JSON tool otherwise.</summary>
    Auto = 0,

    /// <summary>Converse <c>outputConfig.textFormat</c> with the JSON schema; the model answers with JSON text.</summary>
    NativeOutputFormat,

    /// <summary>A forced tool named <c>json</c> whose input schema is the response schema; its input comes back as the answer text.</summary>
    JsonTool,
}
