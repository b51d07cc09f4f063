namespace AmazonBedrock.AI.Chat.Models;

/// <summary>How a family is asked to reason.</summary>
internal enum BedrockReasoningShape
{
    /// <summary>No reasoning control; a warning is produced when reasoning is requested.</summary>
    None,

    /// <summary>Anthropic <c>thinking</c> (budget or adaptive) and <c>output_config.effort</c>.</summary>
    AnthropicThinking,

    /// <summary>Nova <c>reasoningConfig</c> with <c>maxReasoningEffort</c>.</summary>
    NovaReasoningConfig,

    /// <summary>OpenAI <c>reasoning_effort</c> (gpt-oss) or <c>reasoning.effort</c>.</summary>
    OpenAIEffort,
}
