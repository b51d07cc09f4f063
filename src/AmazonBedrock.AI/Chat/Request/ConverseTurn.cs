using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>One Converse message: a role and its content blocks (a struct: the list of turns is all that is allocated).</summary>
internal readonly record struct ConverseTurn(string Role, List<RequestBlock> Blocks)
{
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, Role);
        RequestBlock.WriteArray(writer, "content"u8, Blocks);
        writer.WriteEndObject();
    }
}
