using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>An emulator and a provider signed for it, shared by the conformance tests of one class.</summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public BedrockEmulator Emulator { get; private set; } = null!;

    public BedrockProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await BedrockEmulator.StartAsync();
        Provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = Emulator.Options.AccessKeyId,
            SecretAccessKey = Emulator.Options.SecretAccessKey,
            BaseUri = Emulator.BaseUri,
            ReadEnvironment = false,
        });
    }

    public async Task DisposeAsync()
    {
        Provider.Dispose();
        await Emulator.DisposeAsync();
    }
}
