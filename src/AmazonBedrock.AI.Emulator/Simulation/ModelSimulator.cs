using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Routes a request that no scripted response answered to the simulated model for its operation and body.</summary>
internal sealed class ModelSimulator
{
    private readonly BedrockEmulatorOptions _options;
    private readonly ChatEngine _chat;
    private readonly ConverseValidator _converseValidator;
    private readonly AnthropicMessagesSimulator _anthropic;

    public ModelSimulator(BedrockEmulatorOptions options)
    {
        _options = options;
        var signer = new ReasoningSigner(options.ReasoningSignatureKey);
        _chat = new ChatEngine(signer);
        _converseValidator = new ConverseValidator(signer);
        _anthropic = new AnthropicMessagesSimulator(_chat, Math.Max(1, options.WordsPerDelta));
    }

    public ScriptedResponse Answer(EmulatorRoute route, byte[] rawBody, IReadOnlyDictionary<string, string> headers)
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

    private ScriptedResponse Invoke(string modelId, JsonObject body, bool streaming)
    {
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
