using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Builds InvokeModel answers with the token-count and latency headers Bedrock adds.</summary>
internal static class InvokeResponses
{
    public const string MalformedInput = "Malformed input request, please reformat your input and try again.";

    public static ScriptedResponse Json(JsonNode body, int inputTokens, int outputTokens, int latencyMs)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Amzn-Bedrock-Input-Token-Count"] = inputTokens.ToString(CultureInfo.InvariantCulture),
            ["X-Amzn-Bedrock-Output-Token-Count"] = outputTokens.ToString(CultureInfo.InvariantCulture),
            ["X-Amzn-Bedrock-Invocation-Latency"] = latencyMs.ToString(CultureInfo.InvariantCulture),
        };
        return new BodyScriptedResponse(200, "application/json", Encoding.UTF8.GetBytes(body.ToJsonString()), headers);
    }

    /// <summary>Bedrock's schema-validation message for a missing required key.</summary>
    public static string RequiredKey(string key, string path = "#") =>
        $"Malformed input request: {path}: required key [{key}] not found, please reformat your input and try again.";

    public static JsonArray Floats(float[] vector)
    {
        var array = new JsonArray();
        foreach (float value in vector)
        {
            array.Add(value);
        }

        return array;
    }
}
