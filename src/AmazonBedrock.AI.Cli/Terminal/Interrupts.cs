namespace AmazonBedrock.AI.Cli.Terminal;

/// <summary>
/// Routes Ctrl+C to the operation in progress: it cancels the current answer and leaves the session (and the process) alone.
/// With nothing in progress, Ctrl+C is not claimed, so the process ends as usual.
/// </summary>
internal sealed class Interrupts
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _current;

    /// <summary>Begins an interruptible operation; dispose the returned scope when it ends.</summary>
    public Scope Begin(CancellationToken outer)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        lock (_gate)
        {
            _current = source;
        }

        return new Scope(this, source);
    }

    /// <summary>Cancels the operation in progress.</summary>
    /// <returns><see langword="true"/> when there was one (the caller should then keep the process alive).</returns>
    public bool TryInterrupt()
    {
        lock (_gate)
        {
            if (_current is null || _current.IsCancellationRequested)
            {
                return false;
            }

            _current.Cancel();
            return true;
        }
    }

    private void End(CancellationTokenSource source)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_current, source))
            {
                _current = null;
            }
        }

        source.Dispose();
    }

    /// <summary>One interruptible operation.</summary>
    internal sealed class Scope(Interrupts owner, CancellationTokenSource source) : IDisposable
    {
        /// <summary>Cancelled by Ctrl+C or by the outer token.</summary>
        public CancellationToken Token { get; } = source.Token;

        /// <summary>Whether Ctrl+C (rather than the outer token) stopped the operation.</summary>
        public bool WasInterrupted(CancellationToken outer) => Token.IsCancellationRequested && !outer.IsCancellationRequested;

        /// <inheritdoc/>
        public void Dispose() => owner.End(source);
    }
}
