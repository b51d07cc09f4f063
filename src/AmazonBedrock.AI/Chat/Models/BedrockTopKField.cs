namespace AmazonBedrock.AI.Chat.Models;

/// <summary>Where a family takes its top-k sampling value, if anywhere.</summary>
internal enum BedrockTopKField
{
    /// <summary>The family has no top-k; a warning is produced.</summary>
    None,

    /// <summary><c>additionalModelRequestFields.top_k</c> (Anthropic, Mistral).</summary>
    TopKSnakeCase,

    /// <summary><c>additionalModelRequestFields.inferenceConfig.topK</c> (Nova).</summary>
    NovaInferenceConfig,

    /// <summary><c>additionalModelRequestFields.k</c> (Cohere).</summary>
    CohereK,
}
