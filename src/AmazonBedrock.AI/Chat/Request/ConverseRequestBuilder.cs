using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Models;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Builds the Converse / ConverseStream request body from MEAI messages and options. Pure apart from http(s) downloads,
/// and every validation happens before anything is sent. Top-level keys follow the AI SDK's order: system, messages,
/// additionalModelRequestFields, additionalModelResponseFieldPaths, inferenceConfig, serviceTier, guardrailConfig,
/// performanceConfig, requestMetadata, promptVariables, outputConfig, toolConfig.
/// </summary>
internal static class ConverseRequestBuilder
{
    private const string JsonWithoutSchemaInstruction =
        "Respond only with valid JSON: no prose before or after it and no markdown code fences.";

    // The AI SDK's wording, so both libraries prompt such models the same way.
    private const string JsonSchemaInstructionPrefix = "JSON schema:";
    private const string JsonSchemaInstructionSuffix =
        "You MUST answer with only a JSON object that matches the JSON schema above. Do not wrap it in markdown fences or include any other text.";

    private static readonly string[] AnthropicStopSequencePath = ["/delta/stop_sequence"];

    private static readonly IReadOnlyDictionary<UriContent, DataContent> NoDownloads = new Dictionary<UriContent, DataContent>();

    public static ValueTask<ConverseRequestPlan> BuildAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options,
        ConverseRequestContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(context);
        var messageList = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        if (messageList.Count == 0)
        {
            throw new ArgumentException("At least one message is required.", nameof(messages));
        }

        // Most requests download nothing: they complete at once, without an async state machine.
        return HttpUris(messageList) is { } uris
            ? BuildWithDownloadsAsync(messageList, uris, options, context, cancellationToken)
            : new(Build(messageList, options, context, NoDownloads));
    }

    private static async ValueTask<ConverseRequestPlan> BuildWithDownloadsAsync(
        IReadOnlyList<ChatMessage> messages,
        List<UriContent> uris,
        ChatOptions? options,
        ConverseRequestContext context,
        CancellationToken cancellationToken)
    {
        var downloads = await DownloadAsync(uris, context, cancellationToken).ConfigureAwait(false);
        return Build(messages, options, context, downloads);
    }

    private static ConverseRequestPlan Build(
        IReadOnlyList<ChatMessage> messages,
        ChatOptions? options,
        ConverseRequestContext context,
        IReadOnlyDictionary<UriContent, DataContent> downloads)
    {
        var settings = context.Settings;
        var profile = BedrockModelProfile.For(context.ModelId, settings.Family);
        var bedrock = options as BedrockChatOptions;
        var warnings = new List<BedrockWarning>();

        WarnIgnoredAdditionalProperties(options, warnings);
        var reasoning = ReasoningPlanner.Plan(options?.Reasoning, bedrock?.ReasoningConfig, profile, warnings);

        // Structured output: native output format or a forced JSON tool; plain JSON gets an instruction.
        JsonObject? outputConfig = null;
        ToolPlanner.JsonToolRequest? jsonTool = null;
        string? extraInstruction = null;
        string? schemaInstruction = null;
        if (options?.ResponseFormat is ChatResponseFormatJson json)
        {
            if (json.Schema is not { } schema)
            {
                extraInstruction = JsonWithoutSchemaInstruction;
            }
            else
            {
                var normalized = SchemaNormalizer.ForStructuredOutput(schema);
                var mode = bedrock?.StructuredOutputMode ?? settings.StructuredOutputMode;
                if (mode == BedrockStructuredOutputMode.Auto)
                {
                    var nativeFits = profile.AutoPrefersNativeStructuredOutput
                        || (reasoning.ThinkingOn && profile.SupportsNativeStructuredOutput)
                        || !profile.Capabilities.SupportsTools;
                    mode = nativeFits ? BedrockStructuredOutputMode.NativeOutputFormat : BedrockStructuredOutputMode.JsonTool;
                }

                if (mode == BedrockStructuredOutputMode.NativeOutputFormat)
                {
                    outputConfig = NativeOutputConfig(normalized, json);
                }
                else if (NeedsSchemaInstruction(profile, mode, explicitMode: bedrock?.StructuredOutputMode ?? settings.StructuredOutputMode, options))
                {
                    schemaInstruction = $"{JsonSchemaInstructionPrefix}\n{normalized.ToJsonString()}\n{JsonSchemaInstructionSuffix}";
                }
                else
                {
                    jsonTool = new ToolPlanner.JsonToolRequest(normalized, json.SchemaDescription);
                }
            }
        }

        var tools = ToolPlanner.Plan(options, bedrock, profile, reasoning, jsonTool, warnings);

        var converter = new MessageConverter(
            tools.OriginalToWire,
            toolBlocksAllowed: tools.ToolConfig is not null,
            normalizeIdsForMistral: profile.Family == BedrockModelFamily.Mistral,
            downloads,
            warnings);
        converter.AddInstructions(options?.Instructions, bedrock?.InstructionsCachePoint);
        var turns = converter.Convert(messages);
        if (extraInstruction is not null)
        {
            converter.System.Add(new TextBlock(extraInstruction));
        }

        if (schemaInstruction is not null)
        {
            AddSchemaInstruction(converter.System, schemaInstruction);
        }

        var inference = InferenceConfigMapper.Map(options, profile, reasoning, settings, warnings, out var samplingFields);
        var additionalFields = AdditionalFields(bedrock, profile, reasoning, samplingFields, tools, warnings);
        var responsePaths = ResponseFieldPaths(bedrock, profile, settings);

        var body = Write(converter.System, turns, additionalFields, responsePaths, inference, bedrock, context.Streaming, outputConfig, tools.ToolConfig, warnings);
        return new ConverseRequestPlan
        {
            Body = body,
            Warnings = warnings,
            JsonResponseToolName = tools.JsonToolName,
            ToolNameMap = tools.WireToOriginal,
            Family = profile.Family,
        };
    }

    /// <summary>
    /// Claude models that can neither be forced to call the JSON tool nor format natively get the schema as an instruction
    /// (as in the AI SDK); so do models without strict tools when other tools compete with the JSON tool.
    /// </summary>
    private static bool NeedsSchemaInstruction(BedrockModelProfile profile, BedrockStructuredOutputMode mode, BedrockStructuredOutputMode explicitMode, ChatOptions options)
    {
        if (profile.Family != BedrockModelFamily.Anthropic || mode != BedrockStructuredOutputMode.JsonTool)
        {
            return false;
        }

        return profile.RejectsForcedToolUse
            || (explicitMode != BedrockStructuredOutputMode.JsonTool && !profile.SupportsStrictTools && options.Tools is { Count: > 0 });
    }

    // The AI SDK merges the instruction into the first system prompt, after a blank line, or puts it first.
    private static void AddSchemaInstruction(List<RequestBlock> system, string instruction)
    {
        if (system.Count > 0 && system[0] is TextBlock first)
        {
            first.Text = first.Text + "\n\n" + instruction;
        }
        else
        {
            system.Insert(0, new TextBlock(instruction));
        }
    }

    private static JsonObject NativeOutputConfig(JsonObject schema, ChatResponseFormatJson format)
    {
        var jsonSchema = new JsonObject
        {
            ["schema"] = schema.ToJsonString(),
            ["name"] = format.SchemaName ?? (schema["title"] is JsonValue title && title.TryGetValue<string>(out var t) ? t : "response"),
        };
        if (!string.IsNullOrWhiteSpace(format.SchemaDescription))
        {
            jsonSchema["description"] = format.SchemaDescription;
        }

        return new JsonObject
        {
            ["textFormat"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["structure"] = new JsonObject { ["jsonSchema"] = jsonSchema },
            },
        };
    }

    private static JsonObject? AdditionalFields(
        BedrockChatOptions? bedrock,
        BedrockModelProfile profile,
        ReasoningPlan reasoning,
        IReadOnlyList<KeyValuePair<string, JsonNode>> samplingFields,
        ToolPlan tools,
        List<BedrockWarning> warnings)
    {
        var fields = (JsonObject?)bedrock?.AdditionalModelRequestFields?.DeepClone();
        if (fields is null && samplingFields.Count == 0 && reasoning.Fields.Count == 0 && reasoning.AnthropicEffort is null
            && bedrock?.AnthropicBeta is not { Count: > 0 } && tools.AnthropicToolChoice is null)
        {
            // Nothing model-specific to send (most requests): no object to build.
            return null;
        }

        fields ??= [];
        foreach (var (key, value) in samplingFields)
        {
            if (key == "inferenceConfig" && fields["inferenceConfig"] is JsonObject existing && value is JsonObject added)
            {
                foreach (var (innerKey, innerValue) in added.ToList())
                {
                    added.Remove(innerKey);
                    existing[innerKey] = innerValue;
                }
            }
            else
            {
                fields[key] = value;
            }
        }

        foreach (var (key, value) in reasoning.Fields)
        {
            fields[key] = value.DeepClone();
        }

        if (reasoning.AnthropicEffort is { } effort)
        {
            if (fields["output_config"] is not JsonObject outputConfig)
            {
                fields["output_config"] = outputConfig = [];
            }

            outputConfig["effort"] = effort;
        }

        if (bedrock?.AnthropicBeta is { Count: > 0 } betas)
        {
            if (profile.Family == BedrockModelFamily.Anthropic)
            {
                var merged = new List<string>();
                if (fields["anthropic_beta"] is JsonArray existing)
                {
                    merged.AddRange(existing.Select(b => b?.GetValue<string>()).OfType<string>());
                }

                foreach (var beta in betas)
                {
                    if (!merged.Contains(beta, StringComparer.Ordinal))
                    {
                        merged.Add(beta);
                    }
                }

                fields["anthropic_beta"] = new JsonArray([.. merged.Select(b => (JsonNode?)JsonValue.Create(b))]);
            }
            else
            {
                warnings.Add(WarningText.Unsupported("AnthropicBeta", $"by {profile.Family} models"));
            }
        }

        if (tools.AnthropicToolChoice is { } toolChoice)
        {
            fields["tool_choice"] = toolChoice;
        }

        return fields.Count == 0 ? null : fields;
    }

    private static IReadOnlyList<string>? ResponseFieldPaths(BedrockChatOptions? bedrock, BedrockModelProfile profile, BedrockChatClientSettings settings)
    {
        var anthropicStopSequence = profile.Family == BedrockModelFamily.Anthropic && settings.RequestStopSequenceField;
        if (bedrock?.AdditionalModelResponseFieldPaths is not { Count: > 0 })
        {
            // Every Claude request asks for the stop sequence, and most ask for nothing else: one shared array.
            return anthropicStopSequence ? AnthropicStopSequencePath : null;
        }

        var paths = new List<string>();
        if (anthropicStopSequence)
        {
            paths.Add("/delta/stop_sequence");
        }

        foreach (var path in bedrock?.AdditionalModelResponseFieldPaths ?? [])
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("AdditionalModelResponseFieldPaths holds an empty path.", "options");
            }

            if (!paths.Contains(path, StringComparer.Ordinal))
            {
                paths.Add(path);
            }
        }

        return paths.Count == 0 ? null : paths;
    }

    private static byte[] Write(
        List<RequestBlock> system,
        List<ConverseTurn> turns,
        JsonObject? additionalFields,
        IReadOnlyList<string>? responsePaths,
        InferenceConfig inference,
        BedrockChatOptions? bedrock,
        bool streaming,
        JsonObject? outputConfig,
        ToolConfig? toolConfig,
        List<BedrockWarning> warnings)
    {
        var pooled = PooledJsonWriter.Rent();
        try
        {
            var writer = pooled.Writer;
            writer.WriteStartObject();
            RequestBlock.WriteArray(writer, "system"u8, system);
            writer.WriteStartArray("messages"u8);
            foreach (var turn in turns)
            {
                turn.Write(writer);
            }

            writer.WriteEndArray();
            if (additionalFields is not null)
            {
                writer.WritePropertyName("additionalModelRequestFields");
                additionalFields.WriteTo(writer);
            }

            if (responsePaths is not null)
            {
                writer.WriteStartArray("additionalModelResponseFieldPaths");
                for (var i = 0; i < responsePaths.Count; i++)
                {
                    writer.WriteStringValue(responsePaths[i]);
                }

                writer.WriteEndArray();
            }

            if (!inference.IsEmpty)
            {
                inference.Write(writer);
            }

            if (bedrock is not null)
            {
                BedrockOptionsWriter.Write(writer, bedrock, streaming, warnings);
            }

            if (outputConfig is not null)
            {
                writer.WritePropertyName("outputConfig");
                outputConfig.WriteTo(writer);
            }

            toolConfig?.Write(writer);

            writer.WriteEndObject();
            return pooled.ToArray();
        }
        finally
        {
            pooled.Return();
        }
    }

    private static void WarnIgnoredAdditionalProperties(ChatOptions? options, List<BedrockWarning> warnings)
    {
        if (options is null)
        {
            return;
        }

        if (options.ContinuationToken is not null)
        {
            // Resuming a background response needs server-side state Bedrock does not keep: refuse rather than start over silently.
            throw new NotSupportedException("Bedrock does not support background responses, so ChatOptions.ContinuationToken cannot be resumed.");
        }

        if (options.AdditionalProperties is { Count: > 0 } properties)
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                $"ChatOptions.AdditionalProperties ({string.Join(", ", properties.Keys)}) are never forwarded to Bedrock; use BedrockChatOptions.AdditionalModelRequestFields for model-native fields.",
                nameof(ChatOptions.AdditionalProperties)));
        }

        if (!string.IsNullOrEmpty(options.ConversationId))
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                "Bedrock Converse is stateless: ChatOptions.ConversationId is not sent; pass the whole history in the messages.",
                nameof(ChatOptions.ConversationId)));
        }

        if (options.AllowBackgroundResponses == true)
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                "Bedrock has no background responses: the answer is produced in the foreground.",
                nameof(ChatOptions.AllowBackgroundResponses)));
        }

        if (options.RawRepresentationFactory is not null)
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                "ChatOptions.RawRepresentationFactory is not used: the Converse body is built from typed options; use BedrockChatOptions for Bedrock fields.",
                nameof(ChatOptions.RawRepresentationFactory)));
        }
    }

    private static async Task<IReadOnlyDictionary<UriContent, DataContent>> DownloadAsync(
        List<UriContent> uris,
        ConverseRequestContext context,
        CancellationToken cancellationToken)
    {
        var downloads = new Dictionary<UriContent, DataContent>(ReferenceEqualityComparer.Instance);
        foreach (var uri in uris)
        {
            if (downloads.ContainsKey(uri))
            {
                continue;
            }

            if (context.DownloadAsync is null || !context.Settings.AllowUrlDownloads)
            {
                throw new NotSupportedException(
                    $"'{uri.Uri.GetLeftPart(UriPartial.Path)}' would have to be downloaded, but URL downloads are disabled (BedrockChatClientSettings.AllowUrlDownloads). Send the bytes as DataContent or use an s3:// URI.");
            }

            var data = await context.DownloadAsync(uri.Uri, cancellationToken).ConfigureAwait(false);
            data.AdditionalProperties = uri.AdditionalProperties;
            downloads[uri] = data;
        }

        return downloads;
    }

    // Index loops and a list made only when a URI is found: most requests have none and should not pay for the scan.
    private static List<UriContent>? HttpUris(IReadOnlyList<ChatMessage> messages)
    {
        List<UriContent>? uris = null;
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not { } message)
            {
                continue;
            }

            var contents = message.Contents;
            for (var j = 0; j < contents.Count; j++)
            {
                var content = contents[j];
                if (content is UriContent uri && IsHttp(uri))
                {
                    (uris ??= []).Add(uri);
                }
                else if (content is FunctionResultContent { Result: var result })
                {
                    var parts = result switch
                    {
                        UriContent single => [single],
                        IEnumerable<AIContent> many => many,
                        _ => [],
                    };
                    foreach (var part in parts)
                    {
                        if (part is UriContent nested && IsHttp(nested))
                        {
                            (uris ??= []).Add(nested);
                        }
                    }
                }
            }
        }

        return uris;
    }

    private static bool IsHttp(UriContent uri) =>
        uri.Uri.IsAbsoluteUri && (uri.Uri.Scheme == Uri.UriSchemeHttp || uri.Uri.Scheme == Uri.UriSchemeHttps);
}
