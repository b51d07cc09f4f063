namespace AmazonBedrock.AI.Emulator;

/// <summary>A frame written whole, truncated or with a corrupted message CRC.</summary>
internal sealed class FrameScriptedEvent : ScriptedEvent
{
    private readonly byte[] _frame;
    private readonly FrameDelivery _delivery;

    public FrameScriptedEvent(byte[] frame, FrameDelivery delivery)
    {
        _frame = frame;
        _delivery = delivery;
    }

    internal override async Task<bool> WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        switch (_delivery)
        {
            case FrameDelivery.Truncated:
                await body.WriteAsync(_frame.AsMemory(0, Math.Max(1, _frame.Length / 2)), cancellationToken).ConfigureAwait(false);
                await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                return false;
            case FrameDelivery.Corrupted:
                var copy = (byte[])_frame.Clone();
                copy[^1] ^= 0xFF;
                await body.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await body.WriteAsync(_frame, cancellationToken).ConfigureAwait(false);
                break;
        }

        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
