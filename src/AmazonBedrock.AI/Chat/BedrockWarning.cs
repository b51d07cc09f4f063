namespace AmazonBedrock.AI;

/// <summary>
/// A setting or input the model could not honour exactly as given. Warnings are logged to the
/// provider's <c>ILogger</c> and attached to responses; read them with <c>GetBedrockWarnings()</c> on a chat response or update
/// (<see cref="BedrockResponseExtensions"/>), on generated embeddings (<see cref="BedrockEmbeddingResponseExtensions"/>)
/// or on an image generation response (<c>BedrockImageResponseExtensions</c>).
/// </summary>
/// <param name="Code">A stable, machine-readable kind, for example <c>unsupported-setting</c> or <c>dropped-content</c>.</param>
/// <param name="Message">What happened and what was done instead, in plain words.</param>
/// <param name="Setting">The option or input the warning is about, when there is one (for example <c>FrequencyPenalty</c>).</param>
public sealed record BedrockWarning(string Code, string Message, string? Setting = null)
{
    /// <summary>The code for a setting the model does not support; it was not sent.</summary>
    public const string UnsupportedSetting = "unsupported-setting";

    /// <summary>The code for content that could not be sent and was left out.</summary>
    public const string DroppedContent = "dropped-content";

    /// <summary>The code for a value that was changed to one the model accepts.</summary>
    public const string AdjustedSetting = "adjusted-setting";

    /// <summary>The code for anything else worth knowing.</summary>
    public const string Other = "other";
}
