namespace AmazonBedrock.AI;

/// <summary>The model provider behind a Bedrock model id; it decides which request fields and features apply.</summary>
public enum BedrockModelFamily
{
    /// <summary>The family could not be recognised from the id; only portable Converse fields are sent.</summary>
    Unknown = 0,

    /// <summary>Anthropic Claude.</summary>
    Anthropic,

    /// <summary>Amazon Nova.</summary>
    AmazonNova,

    /// <summary>Amazon Titan text models.</summary>
    AmazonTitan,

    /// <summary>Meta Llama.</summary>
    MetaLlama,

    /// <summary>Mistral AI (Mistral, Mixtral, Pixtral).</summary>
    Mistral,

    /// <summary>Cohere Command.</summary>
    Cohere,

    /// <summary>DeepSeek.</summary>
    DeepSeek,

    /// <summary>OpenAI open-weight models (gpt-oss) and other OpenAI models served by Bedrock.</summary>
    OpenAI,

    /// <summary>AI21 Labs Jamba.</summary>
    AI21,

    /// <summary>Writer Palmyra.</summary>
    Writer,

    /// <summary>Alibaba Qwen.</summary>
    Qwen,
}
