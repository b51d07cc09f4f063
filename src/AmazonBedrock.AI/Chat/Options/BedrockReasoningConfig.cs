namespace AmazonBedrock.AI;

/// <summary>
/// Explicit reasoning settings. Every field set here wins over what is derived from <c>ChatOptions.Reasoning</c>.
/// Claude gets <c>thinking</c> (and <c>output_config.effort</c>), Nova <c>reasoningConfig</c>, gpt-oss <c>reasoning_effort</c>.
/// </summary>
public sealed class BedrockReasoningConfig
{
    /// <summary>Enabled, disabled or adaptive; null derives it from the effort.</summary>
    public BedrockReasoningType? Type { get; set; }

    /// <summary>The thinking token budget for Claude in enabled mode (at least 1024). <c>maxTokens</c> is raised by it.</summary>
    public int? BudgetTokens { get; set; }

    /// <summary>The most effort the model may spend.</summary>
    public BedrockReasoningEffort? MaxReasoningEffort { get; set; }

    /// <summary>For Claude adaptive thinking: whether the thinking text is summarised or omitted.</summary>
    public BedrockThinkingDisplay? Display { get; set; }

    /// <summary>A copy of these settings.</summary>
    public BedrockReasoningConfig Clone() => (BedrockReasoningConfig)MemberwiseClone();
}
