using System.Text;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>One header of a frame; its name and value point into the reader's buffer (valid until the next read).</summary>
internal readonly struct EventStreamHeader
{
    internal EventStreamHeader(ReadOnlyMemory<byte> nameUtf8, EventStreamHeaderValue value)
    {
        NameUtf8 = nameUtf8;
        Value = value;
    }

    /// <summary>The header name as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> NameUtf8 { get; }

    /// <summary>The header name (allocates a string).</summary>
    public string Name => Encoding.UTF8.GetString(NameUtf8.Span);

    /// <summary>The typed value.</summary>
    public EventStreamHeaderValue Value { get; }

    /// <summary>A short description for diagnostics.</summary>
    public override string ToString() => $"{Name}: {Value}";
}
