using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// One Converse content block (in <c>system</c>, a message or a tool result), kept as plain fields and written straight
/// to the body: building a <c>JsonNode</c> tree per block only to write it once cost more than the rest of the request.
/// </summary>
internal abstract class RequestBlock
{
    /// <summary>Whether this is a <c>cachePoint</c> block, which never counts as content on its own.</summary>
    public virtual bool IsCachePoint => false;

    /// <summary>Writes the block as one JSON object.</summary>
    public abstract void Write(Utf8JsonWriter writer);

    /// <summary>Writes <paramref name="blocks"/> as the array value of the property <paramref name="name"/>.</summary>
    public static void WriteArray(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<RequestBlock> blocks)
    {
        writer.WriteStartArray(name);
        foreach (var block in blocks)
        {
            block.Write(writer);
        }

        writer.WriteEndArray();
    }
}
