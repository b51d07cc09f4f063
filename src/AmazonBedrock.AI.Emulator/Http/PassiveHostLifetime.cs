using Microsoft.Extensions.Hosting;

namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// A host lifetime that does not listen to Ctrl+C or SIGTERM: an emulator embedded in a test run must not take over the
/// process's signals; it stops when disposed (the standalone program handles signals itself).
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
