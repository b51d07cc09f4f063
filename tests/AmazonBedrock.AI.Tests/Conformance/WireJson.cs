using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>Small path helpers (dot-separated, numbers index arrays) for spelling out intended wire differences.</summary>
internal static class WireJson
{
    public static JsonNode? Get(JsonNode body, string path)
    {
        JsonNode? node = body;
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(segment, out var index) => index < array.Count ? array[index] : null,
                JsonObject obj => obj[segment],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Removes the node at <paramref name="path"/> (which must exist) and drops parents it leaves empty.</summary>
    public static JsonNode Remove(JsonNode body, string path)
    {
        var segments = path.Split('.');
        var parentPath = string.Join('.', segments[..^1]);
        var parent = segments.Length == 1 ? body : Get(body, parentPath);
        var last = segments[^1];
        JsonNode? removed;
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(last):
                removed = obj[last];
                obj.Remove(last);
                break;
            case JsonArray array when int.TryParse(last, out var index) && index < array.Count:
                removed = array[index];
                array.RemoveAt(index);
                break;
            default:
                throw new Xunit.Sdk.XunitException($"Expected '{path}' in {body.ToJsonString()}");
        }

        if (segments.Length > 1 && parent is JsonObject { Count: 0 } or JsonArray { Count: 0 })
        {
            Remove(body, parentPath);
        }

        return removed?.DeepClone() ?? JsonValue.Create((string?)null)!;
    }

    /// <summary>Sets <paramref name="path"/> (its parent must exist).</summary>
    public static void Set(JsonNode body, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var parent = segments.Length == 1 ? body : Get(body, string.Join('.', segments[..^1]));
        switch (parent)
        {
            case JsonObject obj:
                obj[segments[^1]] = value;
                break;
            case JsonArray array when int.TryParse(segments[^1], out var index):
                array[index] = value;
                break;
            default:
                throw new Xunit.Sdk.XunitException($"No parent for '{path}' in {body.ToJsonString()}");
        }
    }

    public static void AssertJson(string expectedJson, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), actual?.ToJsonString());
}
