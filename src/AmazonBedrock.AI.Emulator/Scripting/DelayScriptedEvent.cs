namespace AmazonBedrock.AI.Emulator;

/// <summary>A pause between frames.</summary>
internal sealed class DelayScriptedEvent : ScriptedEvent
{
    private readonly TimeSpan _delay;

    public DelayScriptedEvent(TimeSpan delay) => _delay = delay;

    internal override async Task<bool> WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        await Task.Delay(_delay, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
