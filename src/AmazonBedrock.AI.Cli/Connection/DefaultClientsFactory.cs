using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>Builds a real <see cref="BedrockProvider"/> for a plan, starting the in-process emulator when the plan says so.</summary>
internal static class DefaultClientsFactory
{
    /// <summary>The region used with the emulator and with a custom endpoint when none is configured; only the signature depends on it.</summary>
    public const string FallbackRegion = "us-east-1";

    /// <summary>Creates the clients.</summary>
    public static async Task<IBedrockClients> CreateAsync(ConnectionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        switch (plan.Mode)
        {
            case ConnectionMode.Emulator:
                var emulator = await BedrockEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                try
                {
                    var provider = new BedrockProvider(new BedrockProviderOptions
                    {
                        Region = FallbackRegion,
                        AccessKeyId = emulator.Options.AccessKeyId,
                        SecretAccessKey = emulator.Options.SecretAccessKey,
                        BaseUri = emulator.BaseUri,
                        ReadEnvironment = false,
                    });
                    return new ProviderClients(provider, emulator);
                }
                catch
                {
                    await emulator.DisposeAsync().ConfigureAwait(false);
                    throw;
                }

            case ConnectionMode.Endpoint:
                var options = new BedrockProviderOptions { Region = plan.Region, Profile = plan.Profile, BaseUri = plan.Endpoint };
                try
                {
                    // The provider looks for the region where it always does: environment, then the AWS profile.
                    return new ProviderClients(new BedrockProvider(options));
                }
                catch (InvalidOperationException) when (plan.Region is null)
                {
                    // No region anywhere: with a custom endpoint it only scopes the signature, so any valid one will do.
                    options.Region = FallbackRegion;
                    return new ProviderClients(new BedrockProvider(options));
                }

            default:
                return new ProviderClients(new BedrockProvider(new BedrockProviderOptions { Region = plan.Region, Profile = plan.Profile }));
        }
    }
}
