using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// The JSON text of sampling values (temperature, top-p), formatted once per value: an application uses a handful of them,
/// and the shortest round-trip formatting of a float costs more than writing the rest of a small request.
/// </summary>
internal static class SamplingNumberText
{
    private const int MaxCached = 256;

    private static readonly ConcurrentDictionary<float, byte[]> Cache = new();

    /// <summary>Writes <c>"name": value</c> exactly as <see cref="Utf8JsonWriter.WriteNumber(ReadOnlySpan{byte}, float)"/> would.</summary>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, float value)
    {
        if (!Cache.TryGetValue(value, out var text))
        {
            text = Format(value);
            if (Cache.Count < MaxCached)
            {
                Cache.TryAdd(value, text);
            }
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(text, skipInputValidation: true);
    }

    private static byte[] Format(float value)
    {
        var buffer = new ArrayBufferWriter<byte>(16);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteNumberValue(value);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
