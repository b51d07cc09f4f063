using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>The clients of one <see cref="BedrockProvider"/>, plus whatever else must live as long as it (an emulator).</summary>
internal sealed class ProviderClients(BedrockProvider provider, IAsyncDisposable? companion = null) : IBedrockClients
{
    /// <inheritdoc/>
    public Uri Endpoint => provider.Endpoint;

    /// <inheritdoc/>
    public IChatClient GetChatClient(string modelId) => provider.GetChatClient(modelId);

    /// <inheritdoc/>
    public IEmbeddingGenerator<string, Embedding<float>> GetEmbeddingGenerator(string modelId) => provider.GetEmbeddingGenerator(modelId);

    /// <inheritdoc/>
    public IImageGenerator GetImageGenerator(string modelId) => provider.GetImageGenerator(modelId);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        provider.Dispose();
        if (companion is not null)
        {
            await companion.DisposeAsync().ConfigureAwait(false);
        }
    }
}
