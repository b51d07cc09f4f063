using System.Text.Json;

namespace AmazonBedrock.AI.Transport;

/// <summary>
/// Tolerant readers for optional members of a parsed response (bodies, errors, stream events); wrong kinds count as absent.
/// Member names are UTF-8 (<c>"name"u8</c>), which <see cref="JsonElement"/> compares without transcoding them first.
/// </summary>
internal static class JsonElementValues
{
    public static bool TryGetObject(this JsonElement element, ReadOnlySpan<byte> name, out JsonElement value) =>
        element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;

    public static bool TryGetArray(this JsonElement element, ReadOnlySpan<byte> name, out JsonElement value) =>
        element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Array;

    public static string? GetStringOrNull(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static int? GetInt32OrNull(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    public static long? GetInt64OrNull(this JsonElement element, ReadOnlySpan<byte> name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
