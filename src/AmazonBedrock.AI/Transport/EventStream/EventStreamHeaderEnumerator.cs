namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>Enumerates the headers of an already validated header block without allocating.</summary>
internal struct EventStreamHeaderEnumerator
{
    private readonly ReadOnlyMemory<byte> _block;
    private int _offset;

    internal EventStreamHeaderEnumerator(ReadOnlyMemory<byte> block)
    {
        _block = block;
        _offset = 0;
        Current = default;
    }

    /// <summary>The header at the current position.</summary>
    public EventStreamHeader Current { get; private set; }

    /// <summary>Returns this enumerator, so that <c>foreach</c> works on it.</summary>
    public readonly EventStreamHeaderEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next header.</summary>
    public bool MoveNext()
    {
        if (_offset >= _block.Length)
        {
            return false;
        }

        // The reader validated the block before exposing it, so a problem here is a bug, not bad input.
        var problem = EventStreamHeaderBlock.TryRead(_block.Span, ref _offset, out var name, out var type, out var value);
        if (problem is not null)
        {
            throw new InvalidOperationException($"The header block is malformed: {problem}.");
        }

        Current = new EventStreamHeader(_block[name], new EventStreamHeaderValue(type, _block[value]));
        return true;
    }
}
