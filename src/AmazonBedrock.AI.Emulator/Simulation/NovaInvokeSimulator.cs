using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>
/// Simulated Amazon Nova text models on InvokeModel (<c>schemaVersion</c> <c>messages-v1</c>): the request and response use
/// Converse's shapes, with <c>inferenceConfig.max_new_tokens</c>; streams wrap each Converse-style event in a <c>chunk</c>.
/// </summary>
internal sealed class NovaInvokeSimulator
{
    private readonly ChatEngine _engine;
    private readonly int _wordsPerDelta;

    public NovaInvokeSimulator(ChatEngine engine, int wordsPerDelta)
    {
        _engine = engine;
        _wordsPerDelta = wordsPerDelta;
    }

    public static bool Handles(string modelId, JsonObject body) =>
        body["messages"] is JsonArray && (JsonRead.String(body["schemaVersion"]) == "messages-v1" || (modelId.Contains("nova", StringComparison.OrdinalIgnoreCase) && !body.ContainsKey("anthropic_version")));

    public ScriptedResponse Answer(string modelId, JsonObject body, bool streaming)
    {
        var converseShape = (JsonObject)body.DeepClone();
        if (converseShape["inferenceConfig"] is JsonObject config && config["max_new_tokens"] is JsonNode maxTokens)
        {
            config.Remove("max_new_tokens");
            config["maxTokens"] = maxTokens.DeepClone();
        }

        if (JsonRead.Objects(converseShape["messages"]).FirstOrDefault() is not { } first || JsonRead.String(first["role"]) != "user")
        {
            return BedrockErrors.Validation("Malformed input request: #/messages: the conversation must start with a user message, please reformat your input and try again.");
        }

        var turn = _engine.Respond(ConverseRequestReader.Read(modelId, converseShape));
        if (!streaming)
        {
            var rendered = ConverseRenderer.Json(turn);
            return InvokeResponses.Json(JsonNode.Parse(((BodyScriptedResponse)rendered).Body)!, turn.InputTokens, turn.OutputTokens, turn.LatencyMs);
        }

        var events = new List<ScriptedEvent>();
        var stream = (EventStreamScriptedResponse)ConverseRenderer.Stream(turn, _wordsPerDelta);
        var simulated = stream.Events.OfType<SimulatedEvent>().ToList();
        for (int i = 0; i < simulated.Count; i++)
        {
            var payload = new JsonObject { [simulated[i].EventType] = JsonNode.Parse(simulated[i].Payload) };
            if (i == simulated.Count - 1)
            {
                payload["amazon-bedrock-invocationMetrics"] = new JsonObject
                {
                    ["inputTokenCount"] = turn.InputTokens,
                    ["outputTokenCount"] = turn.OutputTokens,
                    ["invocationLatency"] = turn.LatencyMs,
                    ["firstByteLatency"] = 80,
                };
            }

            string chunk = "{\"bytes\":" + ScriptedResponse.JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(payload.ToJsonString()))) + "}";
            events.Add(new SimulatedEvent("chunk", chunk));
        }

        return new EventStreamScriptedResponse(events);
    }
}
