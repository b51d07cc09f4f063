namespace AmazonBedrock.AI.Chat.Models;

/// <summary>What a model family accepts on Converse. One immutable instance per family, built once.</summary>
internal sealed record BedrockFamilyCapabilities(
    bool SupportsTools,
    BedrockTopKField TopK,
    BedrockReasoningShape Reasoning,
    bool SupportsImages,
    bool SupportsDocuments,
    bool SupportsVideo,
    bool SupportsCitations,
    bool SupportsCachePoints,
    bool SupportsNativeStructuredOutput)
{
    private static readonly Dictionary<BedrockModelFamily, BedrockFamilyCapabilities> Table = new()
    {
        [BedrockModelFamily.Anthropic] = new(true, BedrockTopKField.TopKSnakeCase, BedrockReasoningShape.AnthropicThinking, true, true, false, true, true, true),
        [BedrockModelFamily.AmazonNova] = new(true, BedrockTopKField.NovaInferenceConfig, BedrockReasoningShape.NovaReasoningConfig, true, true, true, false, true, false),
        [BedrockModelFamily.AmazonTitan] = new(false, BedrockTopKField.None, BedrockReasoningShape.None, false, true, false, false, false, false),
        [BedrockModelFamily.MetaLlama] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, true, true, false, false, false, false),
        [BedrockModelFamily.Mistral] = new(true, BedrockTopKField.TopKSnakeCase, BedrockReasoningShape.None, true, true, false, false, false, false),
        [BedrockModelFamily.Cohere] = new(true, BedrockTopKField.CohereK, BedrockReasoningShape.None, false, true, false, false, false, false),
        [BedrockModelFamily.DeepSeek] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, false, true, false, false, false, true),
        [BedrockModelFamily.OpenAI] = new(true, BedrockTopKField.None, BedrockReasoningShape.OpenAIEffort, false, true, false, false, false, true),
        [BedrockModelFamily.AI21] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, false, true, false, false, false, false),
        [BedrockModelFamily.Writer] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, false, true, false, false, false, false),
        [BedrockModelFamily.Qwen] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, true, true, false, false, false, true),
        [BedrockModelFamily.Unknown] = new(true, BedrockTopKField.None, BedrockReasoningShape.None, true, true, true, true, true, false),
    };

    /// <summary>The capabilities of <paramref name="family"/>.</summary>
    public static BedrockFamilyCapabilities For(BedrockModelFamily family) =>
        Table.TryGetValue(family, out var capabilities) ? capabilities : Table[BedrockModelFamily.Unknown];
}
