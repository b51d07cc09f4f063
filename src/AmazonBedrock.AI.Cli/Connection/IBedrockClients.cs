using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>The clients one run of the tool uses; disposing releases the provider and stops an embedded emulator.</summary>
internal interface IBedrockClients : IAsyncDisposable
{
    /// <summary>Where requests go, for <c>--verbose</c>.</summary>
    Uri Endpoint { get; }

    /// <summary>A chat client for the model.</summary>
    IChatClient GetChatClient(string modelId);

    /// <summary>An embedding generator for the model.</summary>
    IEmbeddingGenerator<string, Embedding<float>> GetEmbeddingGenerator(string modelId);

    /// <summary>An image generator for the model.</summary>
    IImageGenerator GetImageGenerator(string modelId);
}
