using System.Globalization;

namespace AmazonBedrock.AI.Benchmarks.Support;

/// <summary>The response bytes the replaying handler serves: Converse JSON bodies and ConverseStream event streams.</summary>
internal static class CannedResponses
{
    /// <summary>About 200 bytes of answer text (W1).</summary>
    public const string SmallAnswer =
        "The capital of France is Paris, a city of about two million people on the Seine, known for the Eiffel Tower, " +
        "the Louvre museum and its cafés; it has been the country's political and cultural centre for centuries.";

    /// <summary>A Converse answer carrying <see cref="SmallAnswer"/>.</summary>
    public static byte[] SmallConverse { get; } = System.Text.Encoding.UTF8.GetBytes(
        "{\"metrics\":{\"latencyMs\":412},\"output\":{\"message\":{\"content\":[{\"text\":\"" + SmallAnswer + "\"}],\"role\":\"assistant\"}}," +
        "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":18,\"outputTokens\":48,\"totalTokens\":66}}");

    /// <summary>A Converse answer calling one of the W5 tools.</summary>
    public static byte[] ToolCallConverse { get; } = System.Text.Encoding.UTF8.GetBytes(
        "{\"metrics\":{\"latencyMs\":655},\"output\":{\"message\":{\"content\":[{\"text\":\"Let me look that up.\"}," +
        "{\"toolUse\":{\"input\":{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":3},\"name\":\"get_forecast\",\"toolUseId\":\"tooluse_kZJMlvQmRJ6eAyJE5GIl7Q\"}}],\"role\":\"assistant\"}}," +
        "\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":912,\"outputTokens\":61,\"totalTokens\":973}}");

    /// <summary>
    /// A ConverseStream body: messageStart, <paramref name="deltas"/> text deltas of four characters,
    /// contentBlockStop, messageStop and metadata, each frame padded as Bedrock pads it.
    /// </summary>
    public static byte[] TextStream(int deltas)
    {
        using var stream = new MemoryStream();
        var sequence = 0;
        BedrockFrameEncoder.WriteEvent(stream, "messageStart", "{\"role\":\"assistant\"}", sequence++);
        string[] words = ["The ", "quic", "k br", "own ", "fox ", "jump", "s ov", "er t", "he l", "azy ", "dog."];
        for (var i = 0; i < deltas; i++)
        {
            BedrockFrameEncoder.WriteEvent(stream, "contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"" + words[i % words.Length] + "\"}}", sequence++);
        }

        BedrockFrameEncoder.WriteEvent(stream, "contentBlockStop", "{\"contentBlockIndex\":0}", sequence++);
        BedrockFrameEncoder.WriteEvent(stream, "messageStop", "{\"stopReason\":\"end_turn\"}", sequence++);
        BedrockFrameEncoder.WriteEvent(
            stream,
            "metadata",
            "{\"metrics\":{\"latencyMs\":" + (deltas * 9).ToString(CultureInfo.InvariantCulture) + "},\"usage\":{\"inputTokens\":18,\"outputTokens\":" +
            deltas.ToString(CultureInfo.InvariantCulture) + ",\"totalTokens\":" + (deltas + 18).ToString(CultureInfo.InvariantCulture) + "}}",
            sequence);
        return stream.ToArray();
    }

    /// <summary>A Cohere Embed v3 answer for <paramref name="texts"/> inputs of <paramref name="dimensions"/> floats each.</summary>
    public static byte[] CohereEmbeddings(int texts, int dimensions)
    {
        var json = new System.Text.StringBuilder("{\"id\":\"3f5c2a90-6a53-4c1e-9c4b-2b1f0a6f7e11\",\"embeddings\":[");
        for (var t = 0; t < texts; t++)
        {
            json.Append(t == 0 ? "[" : ",[");
            AppendVector(json, dimensions, t);
            json.Append(']');
        }

        json.Append("],\"response_type\":\"embeddings_floats\",\"texts\":[]}");
        return System.Text.Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>A Titan Text Embeddings v2 answer: one vector of <paramref name="dimensions"/> floats.</summary>
    public static byte[] TitanEmbedding(int dimensions)
    {
        var json = new System.Text.StringBuilder("{\"embedding\":[");
        AppendVector(json, dimensions, 7);
        json.Append("],\"embeddingsByType\":{},\"inputTextTokenCount\":9}");
        return System.Text.Encoding.UTF8.GetBytes(json.ToString());
    }

    private static void AppendVector(System.Text.StringBuilder json, int dimensions, int seed)
    {
        for (var d = 0; d < dimensions; d++)
        {
            if (d > 0)
            {
                json.Append(',');
            }

            // Values shaped like real embeddings: small, signed, about eight significant digits.
            var value = Math.Sin((seed * 31) + d) * 0.0625;
            json.Append(value.ToString("0.########", CultureInfo.InvariantCulture));
        }
    }
}
