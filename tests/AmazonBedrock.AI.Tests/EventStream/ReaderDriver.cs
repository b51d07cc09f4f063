using System.Text;
using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>A frame copied out of the reader's buffer, so tests can keep it after the next read.</summary>
internal sealed record DecodedFrame(string? MessageType, string? EventType, string? ContentType, byte[] Payload, IReadOnlyList<(string Name, EventStreamHeaderType Type, string Value)> Headers)
{
    public string PayloadText => Encoding.UTF8.GetString(Payload);
}

internal static class ReaderDriver
{
    public static async Task<List<DecodedFrame>> ReadAllAsync(byte[] data, int chunkSize = int.MaxValue, string? requestId = "req-1")
    {
        await using var reader = new EventStreamReader(new ChunkedReadStream(data, chunkSize), requestId);
        return await ReadAllAsync(reader);
    }

    public static async Task<List<DecodedFrame>> ReadAllAsync(EventStreamReader reader, List<DecodedFrame>? into = null)
    {
        var frames = into ?? [];
        while (await reader.MoveNextAsync(CancellationToken.None))
        {
            frames.Add(Copy(reader.Current));
        }

        return frames;
    }

    public static DecodedFrame Copy(EventStreamMessage message)
    {
        var headers = new List<(string, EventStreamHeaderType, string)>();
        foreach (var header in message.Headers)
        {
            headers.Add((header.Name, header.Value.Type, header.Value.ToString()));
        }

        return new DecodedFrame(message.MessageType, message.EventType, message.ContentType, message.Payload.ToArray(), headers);
    }
}
