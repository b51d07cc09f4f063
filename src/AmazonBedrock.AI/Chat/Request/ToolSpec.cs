using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// One <c>toolSpec</c>. A function tool's schema is the cached, normalised JSON text, copied into the body as is; the
/// structured-output tool's schema is a node built for this request.
/// </summary>
internal sealed class ToolSpec
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public bool? Strict { get; init; }

    /// <summary>The schema as written by a default <see cref="Utf8JsonWriter"/> (<see cref="SchemaNormalizer.ToolInputJson"/>).</summary>
    public byte[]? SchemaJson { get; init; }

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
        if (SchemaJson is not null)
        {
            // Already minified and escaped exactly as this writer would write it: no need to validate or re-encode.
            writer.WriteRawValue(SchemaJson, skipInputValidation: true);
        }
        else
        {
            SchemaNode!.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
