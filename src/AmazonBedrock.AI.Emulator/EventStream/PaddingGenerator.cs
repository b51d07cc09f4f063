using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.EventStream;

/// <summary>Adds Bedrock's <c>p</c> padding member to event payloads, with a deterministic, varying length.</summary>
internal static class PaddingGenerator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>Returns the payload with a <c>p</c> member appended when it is a JSON object; other JSON is returned unchanged.</summary>
    public static string AddPadding(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }

        if (node is not JsonObject obj || obj.ContainsKey("p"))
        {
            return json;
        }

        // Bedrock pads to obscure payload sizes; the length varies with the content, so derive it from the content.
        int length = 1 + (int)((uint)StableHash(json) % (uint)Alphabet.Length);
        obj["p"] = Alphabet[..length];
        return obj.ToJsonString();
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
