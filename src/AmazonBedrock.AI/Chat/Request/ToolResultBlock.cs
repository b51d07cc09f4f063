using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A <c>toolResult</c> block: the call id, its content blocks (text or media) and an error status.</summary>
internal sealed class ToolResultBlock(string toolUseId, List<RequestBlock> content, bool failed) : RequestBlock
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("toolResult"u8);
        writer.WriteString("toolUseId"u8, toolUseId);
        WriteArray(writer, "content"u8, content);
        if (failed)
        {
            writer.WriteString("status"u8, "error"u8);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
