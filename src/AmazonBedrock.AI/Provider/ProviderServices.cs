namespace AmazonBedrock.AI.Provider;

/// <summary>What every Bedrock client hands out through <c>GetService</c> besides its own metadata and settings.</summary>
internal static class ProviderServices
{
    /// <summary>
    /// The provider's options, and the provider itself for its exact type only (never for <see cref="object"/> or
    /// <see cref="IDisposable"/>: disposing the shared provider would break every client made from it).
    /// </summary>
    public static object? Get(Type serviceType, BedrockProvider provider) =>
        serviceType == typeof(BedrockProviderOptions) ? provider.Options
        : serviceType == typeof(BedrockProvider) ? provider
        : null;
}
