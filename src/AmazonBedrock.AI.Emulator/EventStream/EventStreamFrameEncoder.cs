using System.Buffers.Binary;
using System.Text;

namespace AmazonBedrock.AI.Emulator.EventStream;

/// <summary>Encodes <c>application/vnd.amazon.eventstream</c> frames: prelude, string headers, payload and both CRCs.</summary>
internal static class EventStreamFrameEncoder
{
    private const byte StringHeaderType = 7;
    private const int PreludeLength = 12;
    private const int MessageCrcLength = 4;

    /// <summary>Encodes one frame whose headers are all strings, in the given order.</summary>
    public static byte[] Encode(IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> payload)
    {
        int headersLength = 0;
        foreach (var header in headers)
        {
            headersLength += 1 + Encoding.UTF8.GetByteCount(header.Key) + 1 + 2 + Encoding.UTF8.GetByteCount(header.Value);
        }

        int totalLength = PreludeLength + headersLength + payload.Length + MessageCrcLength;
        var frame = new byte[totalLength];
        var span = frame.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, totalLength);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], headersLength);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], Crc32.Compute(span[..8]));

        int offset = PreludeLength;
        foreach (var header in headers)
        {
            int nameLength = Encoding.UTF8.GetBytes(header.Key, span[(offset + 1)..]);
            span[offset] = checked((byte)nameLength);
            offset += 1 + nameLength;
            span[offset++] = StringHeaderType;
            int valueLength = Encoding.UTF8.GetBytes(header.Value, span[(offset + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(span[offset..], checked((ushort)valueLength));
            offset += 2 + valueLength;
        }

        payload.CopyTo(span[offset..]);
        offset += payload.Length;
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], Crc32.Compute(span[..offset]));
        return frame;
    }
}
