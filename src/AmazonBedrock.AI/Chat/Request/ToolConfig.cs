using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Converse <c>toolConfig</c>: the tool specs, an optional cache point after them, and the tool choice.</summary>
internal sealed class ToolConfig
{
    public required List<ToolSpec> Tools { get; init; }

    public BedrockCacheTtl? CachePoint { get; init; }

    /// <summary><c>auto</c>, <c>any</c> or <c>tool</c>; null when Claude's native <c>tool_choice</c> carries the choice instead.</summary>
    public string? Choice { get; init; }

    /// <summary>The wire name of the tool a <c>tool</c> choice forces.</summary>
    public string? ForcedName { get; init; }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("toolConfig"u8);
        writer.WriteStartArray("tools"u8);
        foreach (var tool in Tools)
        {
            tool.Write(writer);
        }

        if (CachePoint is { } ttl)
        {
            CachePointBlock.For(ttl).Write(writer);
        }

        writer.WriteEndArray();
        if (Choice == "tool")
        {
            writer.WriteStartObject("toolChoice"u8);
            writer.WriteStartObject("tool"u8);
            writer.WriteString("name"u8, ForcedName);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else if (Choice is not null)
        {
            writer.WriteStartObject("toolChoice"u8);
            writer.WriteStartObject(Choice);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
