namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// A test-framework-neutral fixture that owns one <see cref="BedrockEmulator"/> for a group of tests. Its
/// <see cref="InitializeAsync"/> and <see cref="DisposeAsync"/> match xunit 2's <c>IAsyncLifetime</c>, so
/// <c>public sealed class MyEmulator : BedrockEmulatorFixture, IAsyncLifetime;</c> is a complete class fixture;
/// with NUnit or MSTest call the two methods from the one-time setup and teardown.
/// Override <see cref="CreateOptions"/> to change credentials or add faults, and call <see cref="Reset"/> between tests.
/// </summary>
public class BedrockEmulatorFixture : IAsyncDisposable
{
    private BedrockEmulator? _emulator;

    /// <summary>The running emulator.</summary>
    /// <exception cref="InvalidOperationException"><see cref="InitializeAsync"/> has not completed.</exception>
    public BedrockEmulator Emulator => _emulator ?? throw new InvalidOperationException("Call InitializeAsync before using the emulator.");

    /// <summary>The emulator's base address; use it as the Bedrock endpoint.</summary>
    public Uri BaseUri => Emulator.BaseUri;

    /// <summary>Starts the emulator.</summary>
    /// <returns>A task that completes when the emulator listens.</returns>
    public async Task InitializeAsync()
    {
        _emulator ??= await BedrockEmulator.StartAsync(CreateOptions()).ConfigureAwait(false);
    }

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
            _emulator = null;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Forgets recorded requests and drops queued responses, so each test starts clean.</summary>
    public void Reset()
    {
        Emulator.ClearQueue();
        Emulator.ClearRequests();
    }

    /// <inheritdoc/>
    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync().ConfigureAwait(false);

    /// <summary>Creates the options the emulator starts with; the default accepts the AWS documentation's example credentials and any bearer token.</summary>
    /// <returns>The options.</returns>
    protected virtual BedrockEmulatorOptions CreateOptions() => new();
}
