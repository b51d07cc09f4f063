using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Chat.Integration;

/// <summary>One emulator per test class, with a provider signed with the emulator's default credentials.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public BedrockEmulator Emulator { get; private set; } = null!;

    public BedrockProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await BedrockEmulator.StartAsync();
        Provider = CreateProvider();
    }

    public BedrockProvider CreateProvider(Action<BedrockProviderOptions>? configure = null)
    {
        var options = new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = Emulator.Options.AccessKeyId,
            SecretAccessKey = Emulator.Options.SecretAccessKey,
            BaseUri = Emulator.BaseUri,
            ReadEnvironment = false,
        };
        configure?.Invoke(options);
        return new BedrockProvider(options);
    }

    public async Task DisposeAsync()
    {
        Provider.Dispose();
        await Emulator.DisposeAsync();
    }
}
