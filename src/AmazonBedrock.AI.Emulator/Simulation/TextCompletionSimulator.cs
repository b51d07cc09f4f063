using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Simulated prompt-completion models on InvokeModel: Titan Text (<c>inputText</c>), Meta Llama and Mistral (<c>prompt</c>).</summary>
internal sealed class TextCompletionSimulator
{
    private readonly ChatEngine _engine;
    private readonly int _wordsPerDelta;

    public TextCompletionSimulator(ChatEngine engine, int wordsPerDelta)
    {
        _engine = engine;
        _wordsPerDelta = wordsPerDelta;
    }

    public static bool Handles(string modelId, JsonObject body)
    {
        if (modelId.Contains("embed", StringComparison.OrdinalIgnoreCase) || modelId.Contains("image", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool titanText = JsonRead.String(body["inputText"]) is not null && modelId.Contains("titan", StringComparison.OrdinalIgnoreCase);
        bool promptModel = JsonRead.String(body["prompt"]) is not null
            && (modelId.Contains("meta.", StringComparison.OrdinalIgnoreCase) || modelId.Contains("mistral.", StringComparison.OrdinalIgnoreCase));
        return titanText || promptModel;
    }

    public ScriptedResponse Answer(string modelId, JsonObject body, bool streaming)
    {
        bool titan = modelId.Contains("titan", StringComparison.OrdinalIgnoreCase);
        bool llama = modelId.Contains("meta.", StringComparison.OrdinalIgnoreCase);
        string prompt = JsonRead.String(titan ? body["inputText"] : body["prompt"]) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(prompt))
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey(titan ? "inputText" : "prompt"));
        }

        var request = new ChatRequest
        {
            ModelId = modelId,
            MaxTokens = titan ? JsonRead.Int(body["textGenerationConfig"]?["maxTokenCount"]) : llama ? JsonRead.Int(body["max_gen_len"]) : JsonRead.Int(body["max_tokens"]),
        };
        var stops = titan ? body["textGenerationConfig"]?["stopSequences"] : body["stop"];
        request.StopSequences.AddRange(JsonRead.Array(stops).Select(JsonRead.String).OfType<string>());
        request.Messages.Add(new ChatMessage("user", [new TextPart(prompt)]));
        var turn = _engine.Respond(request);
        string text = turn.Blocks.OfType<TextBlock>().Single().Text;
        bool cut = turn.StopReason == "max_tokens";
        if (!streaming)
        {
            return InvokeResponses.Json(Render(titan, llama, text, cut, turn, final: true), turn.InputTokens, turn.OutputTokens, turn.LatencyMs);
        }

        var pieces = TextTools.SplitIntoPieces(text, _wordsPerDelta);
        var events = new List<ScriptedEvent>();
        for (int i = 0; i < pieces.Count; i++)
        {
            bool final = i == pieces.Count - 1;
            var payload = Render(titan, llama, pieces[i], cut, turn, final);
            if (final)
            {
                payload["amazon-bedrock-invocationMetrics"] = new JsonObject
                {
                    ["inputTokenCount"] = turn.InputTokens,
                    ["outputTokenCount"] = turn.OutputTokens,
                    ["invocationLatency"] = turn.LatencyMs,
                    ["firstByteLatency"] = 70,
                };
            }

            events.Add(new SimulatedEvent("chunk", "{\"bytes\":" + ScriptedResponse.JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(payload.ToJsonString()))) + "}"));
        }

        return new EventStreamScriptedResponse(events);
    }

    private static JsonObject Render(bool titan, bool llama, string text, bool cut, AssistantTurn turn, bool final)
    {
        if (titan)
        {
            return new JsonObject
            {
                ["inputTextTokenCount"] = turn.InputTokens,
                ["results"] = new JsonArray(new JsonObject
                {
                    ["tokenCount"] = TextTools.CountTokens(text),
                    ["outputText"] = text,
                    ["completionReason"] = final ? (cut ? "LENGTH" : "FINISH") : null,
                }),
            };
        }

        if (llama)
        {
            return new JsonObject
            {
                ["generation"] = text,
                ["prompt_token_count"] = turn.InputTokens,
                ["generation_token_count"] = final ? turn.OutputTokens : TextTools.CountTokens(text),
                ["stop_reason"] = final ? (cut ? "length" : "stop") : null,
            };
        }

        return new JsonObject { ["outputs"] = new JsonArray(new JsonObject { ["text"] = text, ["stop_reason"] = final ? (cut ? "length" : "stop") : null }) };
    }
}
