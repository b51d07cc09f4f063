using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace AmazonBedrock.AI.Benchmarks.Support;

/// <summary>
/// Writes <c>application/vnd.amazon.eventstream</c> frames as Bedrock sends them: the three string headers
/// (<c>:event-type</c>, <c>:content-type</c>, <c>:message-type</c>) and a JSON payload carrying the <c>p</c> padding member.
/// </summary>
internal static class BedrockFrameEncoder
{
    private const byte StringHeaderType = 7;
    private const string PaddingAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Appends one event frame; <paramref name="jsonObject"/> must be a JSON object, and gets a <c>p</c> member of varying length.</summary>
    public static void WriteEvent(Stream destination, string eventType, string jsonObject, int sequence)
    {
        // Bedrock pads payloads to hide their size; vary the length as it does so no two frames look alike.
        var padding = PaddingAlphabet[..(1 + ((sequence * 7) % PaddingAlphabet.Length))];
        var payload = Encoding.UTF8.GetBytes(jsonObject[..^1] + ",\"p\":\"" + padding + "\"}");
        WriteFrame(destination, [(":event-type", eventType), (":content-type", "application/json"), (":message-type", "event")], payload);
    }

    /// <summary>Appends one frame with string headers in the given order.</summary>
    public static void WriteFrame(Stream destination, IReadOnlyList<(string Name, string Value)> headers, ReadOnlySpan<byte> payload)
    {
        var headersLength = 0;
        foreach (var (name, value) in headers)
        {
            headersLength += 1 + Encoding.UTF8.GetByteCount(name) + 1 + 2 + Encoding.UTF8.GetByteCount(value);
        }

        var totalLength = 12 + headersLength + payload.Length + 4;
        var frame = new byte[totalLength];
        var span = frame.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, totalLength);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], headersLength);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], Crc32.HashToUInt32(span[..8]));
        var offset = 12;
        foreach (var (name, value) in headers)
        {
            var nameLength = Encoding.UTF8.GetBytes(name, span[(offset + 1)..]);
            span[offset] = checked((byte)nameLength);
            offset += 1 + nameLength;
            span[offset++] = StringHeaderType;
            var valueLength = Encoding.UTF8.GetBytes(value, span[(offset + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(span[offset..], checked((ushort)valueLength));
            offset += 2 + valueLength;
        }

        payload.CopyTo(span[offset..]);
        offset += payload.Length;
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], Crc32.HashToUInt32(span[..offset]));
        destination.Write(frame);
    }
}
