using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>One Converse message: a role and its content blocks.</summary>
internal sealed class ConverseTurn(string role, List<RequestBlock> blocks)
{
    public string Role { get; } = role;

    public List<RequestBlock> Blocks { get; } = blocks;

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, Role);
        RequestBlock.WriteArray(writer, "content"u8, Blocks);
        writer.WriteEndObject();
    }
}
