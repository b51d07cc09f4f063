namespace AmazonBedrock.AI;

/// <summary>The guardrail applied to a call (Converse <c>guardrailConfig</c>).</summary>
public sealed class BedrockGuardrailConfig
{
    /// <summary>The guardrail id or ARN.</summary>
    public required string GuardrailIdentifier { get; set; }

    /// <summary>The guardrail version: a number or <c>DRAFT</c>.</summary>
    public required string GuardrailVersion { get; set; }

    /// <summary>Whether the trace is returned; null leaves Bedrock's default (disabled).</summary>
    public BedrockGuardrailTrace? Trace { get; set; }

    /// <summary>The stream processing mode; only sent on streaming calls.</summary>
    public BedrockGuardrailStreamProcessingMode? StreamProcessingMode { get; set; }

    /// <summary>A copy of this configuration.</summary>
    public BedrockGuardrailConfig Clone() => (BedrockGuardrailConfig)MemberwiseClone();
}
