using System.Buffers.Binary;
using System.Text;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>
/// A typed header value that points into the reader's buffer (valid until the next read).
/// The raw bytes exclude the type byte and, for byte arrays and strings, the length prefix.
/// </summary>
internal readonly struct EventStreamHeaderValue
{
    private readonly ReadOnlyMemory<byte> _raw;

    internal EventStreamHeaderValue(EventStreamHeaderType type, ReadOnlyMemory<byte> raw)
    {
        Type = type;
        _raw = raw;
    }

    /// <summary>The wire type of the value.</summary>
    public EventStreamHeaderType Type { get; }

    /// <summary>The value of a <see cref="EventStreamHeaderType.BoolTrue"/> or <see cref="EventStreamHeaderType.BoolFalse"/> header.</summary>
    public bool AsBoolean() => Type switch
    {
        EventStreamHeaderType.BoolTrue => true,
        EventStreamHeaderType.BoolFalse => false,
        _ => throw WrongType("a boolean"),
    };

    /// <summary>The value of a <see cref="EventStreamHeaderType.Byte"/> header (signed on the wire).</summary>
    public sbyte AsByte() => Type == EventStreamHeaderType.Byte ? unchecked((sbyte)_raw.Span[0]) : throw WrongType("a byte");

    /// <summary>The value of an <see cref="EventStreamHeaderType.Int16"/> header.</summary>
    public short AsInt16() => Type == EventStreamHeaderType.Int16 ? BinaryPrimitives.ReadInt16BigEndian(_raw.Span) : throw WrongType("a 16-bit integer");

    /// <summary>The value of an <see cref="EventStreamHeaderType.Int32"/> header.</summary>
    public int AsInt32() => Type == EventStreamHeaderType.Int32 ? BinaryPrimitives.ReadInt32BigEndian(_raw.Span) : throw WrongType("a 32-bit integer");

    /// <summary>The value of an <see cref="EventStreamHeaderType.Int64"/> header.</summary>
    public long AsInt64() => Type == EventStreamHeaderType.Int64 ? BinaryPrimitives.ReadInt64BigEndian(_raw.Span) : throw WrongType("a 64-bit integer");

    /// <summary>The bytes of a <see cref="EventStreamHeaderType.ByteArray"/> header; valid until the next read.</summary>
    public ReadOnlyMemory<byte> AsBytes() => Type == EventStreamHeaderType.ByteArray ? _raw : throw WrongType("a byte array");

    /// <summary>The UTF-8 bytes of a <see cref="EventStreamHeaderType.String"/> header; valid until the next read.</summary>
    public ReadOnlyMemory<byte> AsUtf8String() => Type == EventStreamHeaderType.String ? _raw : throw WrongType("a string");

    /// <summary>The value of a <see cref="EventStreamHeaderType.String"/> header, using the cached instance for well-known Bedrock names.</summary>
    public string AsString() => Type == EventStreamHeaderType.String ? EventStreamKnownStrings.GetString(_raw.Span) : throw WrongType("a string");

    /// <summary>The value of a <see cref="EventStreamHeaderType.Timestamp"/> header.</summary>
    public DateTimeOffset AsTimestamp() =>
        Type == EventStreamHeaderType.Timestamp
            ? DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(_raw.Span))
            : throw WrongType("a timestamp");

    /// <summary>The value of a <see cref="EventStreamHeaderType.Uuid"/> header (network byte order on the wire).</summary>
    public Guid AsUuid() => Type == EventStreamHeaderType.Uuid ? new Guid(_raw.Span, bigEndian: true) : throw WrongType("a UUID");

    /// <summary>A short description for diagnostics.</summary>
    public override string ToString() => Type switch
    {
        EventStreamHeaderType.BoolTrue or EventStreamHeaderType.BoolFalse => AsBoolean() ? "true" : "false",
        EventStreamHeaderType.Byte => AsByte().ToString(System.Globalization.CultureInfo.InvariantCulture),
        EventStreamHeaderType.Int16 => AsInt16().ToString(System.Globalization.CultureInfo.InvariantCulture),
        EventStreamHeaderType.Int32 => AsInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        EventStreamHeaderType.Int64 => AsInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        EventStreamHeaderType.ByteArray => $"{_raw.Length} bytes",
        EventStreamHeaderType.String => Encoding.UTF8.GetString(_raw.Span),
        EventStreamHeaderType.Timestamp => AsTimestamp().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        EventStreamHeaderType.Uuid => AsUuid().ToString(),
        _ => Type.ToString(),
    };

    private InvalidOperationException WrongType(string expected) =>
        new($"The event-stream header holds a {Type} value, not {expected}.");
}
