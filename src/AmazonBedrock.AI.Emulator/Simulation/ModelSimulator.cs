using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Routes a request that no scripted response answered to the simulated model for its operation and body.</summary>
internal sealed class ModelSimulator
{
    private readonly BedrockEmulatorOptions _options;
    private readonly ChatEngine _chat;
    private readonly ConverseValidator _converseValidator;
    private readonly AnthropicMessagesSimulator _anthropic;
    private readonly NovaInvokeSimulator _nova;
    private readonly TextCompletionSimulator _completion;

    public ModelSimulator(BedrockEmulatorOptions options)
    {
        _options = options;
        var signer = new ReasoningSigner(options.ReasoningSignatureKey);
        _chat = new ChatEngine(signer);
        _converseValidator = new ConverseValidator(signer);
        _anthropic = new AnthropicMessagesSimulator(_chat, Math.Max(1, options.WordsPerDelta));
        _nova = new NovaInvokeSimulator(_chat, Math.Max(1, options.WordsPerDelta));
        _completion = new TextCompletionSimulator(_chat, Math.Max(1, options.WordsPerDelta));
    }

    public ScriptedResponse Answer(EmulatorRoute route, byte[] rawBody)
    {
        if (route.Operation == "rerank")
        {
            return RerankSimulator.Answer(rawBody);
        }

        string modelId = route.ModelId!;
        if (_options.ValidateRequests && !ModelIdRules.IsValid(modelId))
        {
            return BedrockErrors.Validation(ModelIdRules.InvalidModelMessage);
        }

        if (JsonRead.ParseObject(rawBody) is not JsonObject body)
        {
            return BedrockErrors.Validation(InvokeResponses.MalformedInput);
        }

        return route.Operation switch
        {
            "converse" or "converse-stream" => Converse(modelId, body, route.IsStreaming),
            "count-tokens" => CountTokens(modelId, body),
            _ => Invoke(modelId, body, route.IsStreaming),
        };
    }

    private ScriptedResponse Converse(string modelId, JsonObject body, bool streaming)
    {
        if (_options.ValidateRequests && _converseValidator.Validate(body) is string problem)
        {
            return BedrockErrors.Validation(problem);
        }

        if (body["messages"] is not JsonArray { Count: > 0 })
        {
            return BedrockErrors.Validation("A conversation must start with a user message. Try again with a conversation that starts with a user message.");
        }

        var turn = _chat.Respond(ConverseRequestReader.Read(modelId, body));
        return streaming ? ConverseRenderer.Stream(turn, Math.Max(1, _options.WordsPerDelta)) : ConverseRenderer.Json(turn);
    }

    private ScriptedResponse CountTokens(string modelId, JsonObject body)
    {
        if (body["input"]?["converse"] is JsonObject converse)
        {
            if (_options.ValidateRequests && _converseValidator.Validate(converse) is string problem)
            {
                return BedrockErrors.Validation(problem);
            }

            return Tokens(ChatEngine.CountInputTokens(ConverseRequestReader.Read(modelId, converse)));
        }

        if (JsonRead.String(body["input"]?["invokeModel"]?["body"]) is string invokeBody)
        {
            return Tokens(TextTools.CountTokens(string.Join(' ', StringValues(JsonRead.ParseObject(System.Text.Encoding.UTF8.GetBytes(invokeBody))))));
        }

        return BedrockErrors.Validation("1 validation error detected: Value null at 'input' failed to satisfy constraint: Member must not be null");

        static ScriptedResponse Tokens(int count) =>
            new BodyScriptedResponse(200, "application/json", System.Text.Encoding.UTF8.GetBytes("{\"inputTokens\":" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"), null);
    }

    private static IEnumerable<string> StringValues(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    foreach (string value in StringValues(property.Value))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (string value in StringValues(item))
                    {
                        yield return value;
                    }
                }

                break;
            case JsonValue when JsonRead.String(node) is string text:
                yield return text;
                break;
        }
    }

    private ScriptedResponse Invoke(string modelId, JsonObject body, bool streaming)
    {
        if (NovaInvokeSimulator.Handles(modelId, body))
        {
            return _nova.Answer(modelId, body, streaming);
        }

        if (TextCompletionSimulator.Handles(modelId, body))
        {
            return _completion.Answer(modelId, body, streaming);
        }

        if (AnthropicMessagesSimulator.Handles(body))
        {
            return _anthropic.Answer(modelId, body, streaming);
        }

        if (streaming)
        {
            return BedrockErrors.Validation("The model is unsupported for streaming.");
        }

        if (EmbeddingSimulator.Handles(modelId, body))
        {
            return EmbeddingSimulator.Answer(modelId, body);
        }

        if (ImageSimulator.Handles(modelId, body))
        {
            return ImageSimulator.Answer(modelId, body);
        }

        return BedrockErrors.Validation(InvokeResponses.MalformedInput);
    }
}
