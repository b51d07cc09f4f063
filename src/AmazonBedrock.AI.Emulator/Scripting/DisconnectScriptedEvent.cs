namespace AmazonBedrock.AI.Emulator;

/// <summary>Aborts the connection in the middle of a stream; the event-stream response handles it because it owns the connection.</summary>
internal sealed class DisconnectScriptedEvent : ScriptedEvent
{
    internal override async Task<bool> WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);

        // A reset discards data the peer has not read yet; give it a moment so the events already sent arrive, as they would in a real failure.
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        return false;
    }
}
