namespace AmazonBedrock.AI;

/// <summary>Per-model defaults for a chat client.</summary>
public sealed class BedrockChatClientSettings
{
    /// <summary>The default download limit for http(s) content: 20 MiB.</summary>
    public const long DefaultMaxDownloadBytes = 20L * 1024 * 1024;

    /// <summary>
    /// The model family, for ids that do not name it (application inference profiles, provisioned throughput and
    /// custom-model ARNs). Null detects it from the id.
    /// </summary>
    public BedrockModelFamily? Family { get; set; }

    /// <summary>The default structured-output mode; <see cref="BedrockChatOptions.StructuredOutputMode"/> overrides it per call.</summary>
    public BedrockStructuredOutputMode StructuredOutputMode { get; set; } = BedrockStructuredOutputMode.Auto;

    /// <summary>Whether http(s) <c>UriContent</c> is downloaded and sent as bytes (Bedrock only reads bytes and S3).</summary>
    public bool AllowUrlDownloads { get; set; } = true;

    /// <summary>The most bytes one download may return; a larger body fails the call before it is sent.</summary>
    public long MaxDownloadBytes { get; set; } = DefaultMaxDownloadBytes;

    /// <summary>
    /// The model's output token limit, used to cap <c>maxTokens</c> once a thinking budget is added. Null uses the
    /// built-in table (needed for ids that hide the model).
    /// </summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Whether Claude is asked to return the stop sequence it matched (<c>/delta/stop_sequence</c>). On by default.</summary>
    public bool RequestStopSequenceField { get; set; } = true;

    /// <summary>A copy of these settings.</summary>
    public BedrockChatClientSettings Clone() => (BedrockChatClientSettings)MemberwiseClone();
}
