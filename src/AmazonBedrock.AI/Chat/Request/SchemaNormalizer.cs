using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Turns JSON schemas into what Bedrock accepts for tool inputs and structured output.</summary>
internal static class SchemaNormalizer
{
    private static readonly AIJsonSchemaTransformOptions StrictTransform = new()
    {
        DisallowAdditionalProperties = true,
        ConvertBooleanSchemas = true,
        MoveDefaultKeywordToDescription = true,
    };

    // Tools are usually declared once and sent on every call: their normalised schemas are kept per tool object.
    private static readonly ConditionalWeakTable<AIFunctionDeclaration, CachedToolSchema> ToolSchemas = [];

    /// <summary>
    /// The tool's input schema as <see cref="ForToolInput"/> normalises it, as the UTF-8 JSON a default
    /// <see cref="Utf8JsonWriter"/> writes for it (so it can be copied into a body as is), from a per-tool cache. The
    /// cache entry holds the schema text it was made from and is used only while the tool still declares exactly that
    /// schema, since <see cref="AIFunctionDeclaration.JsonSchema"/> may return a different schema from one call to the next.
    /// </summary>
    public static byte[] ToolInputJson(AIFunctionDeclaration function, bool strict)
    {
        var schema = function.JsonSchema;
        var source = schema.ValueKind == JsonValueKind.Undefined ? default : JsonMarshal.GetRawUtf8Value(schema);
        if (ToolSchemas.TryGetValue(function, out var cached) && cached.Strict == strict && source.SequenceEqual(cached.Source))
        {
            return cached.Json;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ForToolInput(schema, strict).WriteTo(writer);
        }

        var json = buffer.WrittenSpan.ToArray();
        ToolSchemas.AddOrUpdate(function, new CachedToolSchema(source.ToArray(), strict, json));
        return json;
    }

    /// <summary>A response schema: every object closed, boolean schemas expanded, defaults moved to descriptions, no <c>$schema</c>.</summary>
    public static JsonObject ForStructuredOutput(JsonElement schema)
    {
        var transformed = AIJsonUtilities.TransformSchema(schema, StrictTransform);
        return ToObject(transformed);
    }

    /// <summary>
    /// A tool input schema passed through as given (never rebuilt from its properties), except that it must be an
    /// object schema with <c>properties</c>; <paramref name="strict"/> closes every object as strict mode requires.
    /// </summary>
    public static JsonObject ForToolInput(JsonElement schema, bool strict)
    {
        var node = schema.ValueKind == JsonValueKind.Object
            ? ToObject(strict ? AIJsonUtilities.TransformSchema(schema, StrictTransform) : schema)
            : [];
        node.Remove("$schema");
        if (!node.ContainsKey("type"))
        {
            node.Insert(0, "type", "object");
        }

        if (node["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && typeName == "object" && !node.ContainsKey("properties"))
        {
            node["properties"] = new JsonObject();
        }

        return node;
    }

    private static JsonObject ToObject(JsonElement element)
    {
        var node = JsonObject.Create(element) is { } created ? (JsonObject)created.DeepClone() : [];
        node.Remove("$schema");
        return node;
    }

    private sealed record CachedToolSchema(byte[] Source, bool Strict, byte[] Json);
}
