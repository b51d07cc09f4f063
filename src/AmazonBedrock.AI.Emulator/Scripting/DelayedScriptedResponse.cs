using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>Waits before writing the head of another response.</summary>
internal sealed class DelayedScriptedResponse : ScriptedResponse
{
    public DelayedScriptedResponse(TimeSpan delay, ScriptedResponse inner)
    {
        Delay = delay;
        Inner = inner;
    }

    public TimeSpan Delay { get; }

    public ScriptedResponse Inner { get; }

    internal override async Task WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken).ConfigureAwait(false);
        await Inner.WriteAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
