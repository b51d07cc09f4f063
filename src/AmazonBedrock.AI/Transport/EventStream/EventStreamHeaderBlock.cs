using System.Buffers.Binary;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>Walks the header block of a frame: name length (1 byte), name, type (1 byte), value.</summary>
internal static class EventStreamHeaderBlock
{
    /// <summary>
    /// Reads the header that starts at <paramref name="offset"/> and moves the offset past it.
    /// Returns a description of the problem when the header is malformed, otherwise <see langword="null"/>.
    /// </summary>
    public static string? TryRead(ReadOnlySpan<byte> block, ref int offset, out Range name, out EventStreamHeaderType type, out Range value)
    {
        name = default;
        value = default;
        type = default;
        var position = offset;
        var nameLength = block[position++];
        if (nameLength == 0)
        {
            return "a header has an empty name";
        }

        if (block.Length - position < nameLength + 1)
        {
            return "a header name runs past the end of the header block";
        }

        name = new Range(position, position + nameLength);
        position += nameLength;
        type = (EventStreamHeaderType)block[position++];
        int valueLength;
        switch (type)
        {
            case EventStreamHeaderType.BoolTrue:
            case EventStreamHeaderType.BoolFalse:
                valueLength = 0;
                break;
            case EventStreamHeaderType.Byte:
                valueLength = 1;
                break;
            case EventStreamHeaderType.Int16:
                valueLength = 2;
                break;
            case EventStreamHeaderType.Int32:
                valueLength = 4;
                break;
            case EventStreamHeaderType.Int64:
            case EventStreamHeaderType.Timestamp:
                valueLength = 8;
                break;
            case EventStreamHeaderType.Uuid:
                valueLength = 16;
                break;
            case EventStreamHeaderType.ByteArray:
            case EventStreamHeaderType.String:
                if (block.Length - position < 2)
                {
                    return "a header value length runs past the end of the header block";
                }

                valueLength = BinaryPrimitives.ReadUInt16BigEndian(block[position..]);
                position += 2;
                break;
            default:
                return $"a header has the unknown value type {(byte)type}";
        }

        if (block.Length - position < valueLength)
        {
            return "a header value runs past the end of the header block";
        }

        value = new Range(position, position + valueLength);
        offset = position + valueLength;
        return null;
    }
}
