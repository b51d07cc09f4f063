using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A <c>toolUse</c> block from the history; the arguments are serialised straight into the body.</summary>
internal sealed class ToolUseBlock(string toolUseId, string name, IDictionary<string, object?>? arguments) : RequestBlock
{
    public override void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("toolUse"u8);
        writer.WriteString("toolUseId"u8, toolUseId);
        writer.WriteString("name"u8, name);
        writer.WritePropertyName("input"u8);
        WriteArguments(writer, arguments);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the arguments as a JSON object (<c>{}</c> for none), byte for byte as serialising them to a node and writing
    /// the node did: serialised into a per-thread scratch buffer, parsed back and written from the parsed element. The
    /// round trip matters: some converters write values unescaped (a DateTimeOffset's <c>+</c>) that the element re-escapes.
    /// </summary>
    public static void WriteArguments(Utf8JsonWriter writer, IDictionary<string, object?>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        var scratch = PooledJsonWriter.Rent();
        try
        {
            JsonSerializer.Serialize(scratch.Writer, arguments, ArgumentsTypeInfo);
            using var document = JsonDocument.Parse(scratch.WrittenMemory(), DocumentOptions);
            document.RootElement.WriteTo(writer);
        }
        finally
        {
            scratch.Return();
        }
    }

    private static readonly JsonTypeInfo ArgumentsTypeInfo = AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>));

    // What JsonSerializer.SerializeToNode parses with.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = AIJsonUtilities.DefaultOptions.MaxDepth };
}
