using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// One <c>toolSpec</c>. A function tool's schema is the cached, normalised <see cref="JsonElement"/>, written as is;
/// the structured-output tool's schema is a node built for this request.
/// </summary>
internal sealed class ToolSpec
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public bool? Strict { get; init; }

    public JsonElement Schema { get; init; }

    public JsonObject? SchemaNode { get; init; }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("toolSpec"u8);
        writer.WriteString("name"u8, Name);
        if (Description is not null)
        {
            writer.WriteString("description"u8, Description);
        }

        if (Strict is { } strict)
        {
            writer.WriteBoolean("strict"u8, strict);
        }

        writer.WriteStartObject("inputSchema"u8);
        writer.WritePropertyName("json"u8);
        if (SchemaNode is not null)
        {
            SchemaNode.WriteTo(writer);
        }
        else
        {
            Schema.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
