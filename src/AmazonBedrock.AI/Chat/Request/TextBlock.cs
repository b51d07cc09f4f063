using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A <c>text</c> block. The text stays settable: prefill trimming and the schema instruction edit it in place.</summary>
internal sealed class TextBlock(string text) : RequestBlock
{
    public string Text { get; set; } = text;

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("text"u8, Text);
        writer.WriteEndObject();
    }
}
