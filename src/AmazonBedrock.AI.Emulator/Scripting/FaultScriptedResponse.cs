using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>A queued marker: the simulated model answers, with one fault applied.</summary>
internal sealed class FaultScriptedResponse : ScriptedResponse
{
    public FaultScriptedResponse(EmulatorFault fault) => QueuedFault = fault;

    public EmulatorFault QueuedFault { get; }

    // The emulator resolves this marker before writing; reaching here means it was wrapped in a delay.
    internal override Task WriteAsync(HttpContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A fault response is resolved by the emulator and is not written directly.");
}
