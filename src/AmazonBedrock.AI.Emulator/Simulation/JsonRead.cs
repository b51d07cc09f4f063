using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Lenient, type-checked reads from request JSON, so that malformed input becomes a validation error and never an exception.</summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? Int(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int result) ? result
        : node is JsonValue d && d.GetValueKind() == JsonValueKind.Number && d.TryGetValue(out double dbl) && dbl == Math.Floor(dbl) && dbl is >= int.MinValue and <= int.MaxValue ? (int)dbl
        : null;

    public static long? Long(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long result) ? result : null;

    public static double? Double(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out double result) ? result : null;

    public static bool? Bool(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    public static JsonArray Array(JsonNode? node) => node as JsonArray ?? [];

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => Array(node).OfType<JsonObject>();

    /// <summary>Parses a request body; <see langword="null"/> when it is not a JSON object.</summary>
    public static JsonObject? ParseObject(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
