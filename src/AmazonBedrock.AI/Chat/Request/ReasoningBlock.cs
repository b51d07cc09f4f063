using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A <c>reasoningContent</c> block: signed reasoning text, or redacted reasoning (signature null).</summary>
internal sealed class ReasoningBlock : RequestBlock
{
    private readonly string _content;
    private readonly string? _signature;

    private ReasoningBlock(string content, string? signature)
    {
        _content = content;
        _signature = signature;
    }

    public static ReasoningBlock Signed(string text, string signature) => new(text, signature);

    public static ReasoningBlock Redacted(string base64) => new(base64, null);

    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("reasoningContent"u8);
        if (_signature is null)
        {
            writer.WriteString("redactedContent"u8, _content);
        }
        else
        {
            writer.WriteStartObject("reasoningText"u8);
            writer.WriteString("text"u8, _content);
            writer.WriteString("signature"u8, _signature);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
