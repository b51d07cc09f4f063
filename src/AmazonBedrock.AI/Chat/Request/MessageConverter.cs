using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Turns MEAI messages into Converse <c>system</c> and <c>messages</c>: system text hoisted, tool results sent as user
/// turns, consecutive same-role turns merged (after empty ones are dropped, so roles always alternate), blank text
/// never sent, a trailing assistant prefill trimmed.
/// </summary>
internal sealed class MessageConverter
{
    private readonly Func<string, string> _wireToolName;
    private readonly bool _toolBlocksAllowed;
    private readonly bool _normalizeIdsForMistral;
    private readonly IReadOnlyDictionary<UriContent, DataContent> _downloads;
    private readonly List<BedrockWarning> _warnings;
    // Created on first use: most requests carry neither documents nor tool calls.
    private DocumentNamer? _documentNamer;
    private HashSet<string>? _seenCallIds;
    private bool _renderedToolHistory;

    public MessageConverter(
        Func<string, string> wireToolName,
        bool toolBlocksAllowed,
        bool normalizeIdsForMistral,
        IReadOnlyDictionary<UriContent, DataContent> downloads,
        List<BedrockWarning> warnings)
    {
        _wireToolName = wireToolName;
        _toolBlocksAllowed = toolBlocksAllowed;
        _normalizeIdsForMistral = normalizeIdsForMistral;
        _downloads = downloads;
        _warnings = warnings;
    }

    public JsonArray System { get; } = [];

    public JsonArray Messages { get; } = [];

    public void AddInstructions(string? instructions, BedrockCacheTtl? cachePoint)
    {
        if (!string.IsNullOrWhiteSpace(instructions))
        {
            System.Add((JsonNode)ContentBlocks.Text(instructions));
        }

        if (cachePoint is { } ttl && System.Count > 0)
        {
            System.Add((JsonNode)ContentBlocks.CachePoint(ttl));
        }
    }

    public void Convert(IReadOnlyList<ChatMessage> messages)
    {
        var turns = new List<(string Role, List<JsonObject> Blocks)>();
        foreach (var message in messages)
        {
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
            if (message.Role == ChatRole.System)
            {
                AddSystemMessage(message);
                continue;
            }

            string role;
            if (message.Role == ChatRole.Assistant)
            {
                role = "assistant";
            }
            else if (message.Role == ChatRole.User || message.Role == ChatRole.Tool)
            {
                role = "user";
            }
            else
            {
                throw new NotSupportedException($"Bedrock has no '{message.Role}' role; use system, user, assistant or tool messages.");
            }

            var blocks = role == "assistant" ? ConvertAssistant(message) : ConvertUser(message);

            // A turn of nothing but cache points (or nothing at all) would be rejected; its cache points go with it.
            if (!blocks.Exists(b => !ContentBlocks.IsCachePoint(b)))
            {
                if (blocks.Count > 0)
                {
                    _warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, $"A {role} message with only cache points was left out.", "BedrockCachePointContent"));
                }

                continue;
            }

            if (turns.Count > 0 && turns[^1].Role == role)
            {
                turns[^1].Blocks.AddRange(blocks);
            }
            else
            {
                turns.Add((role, blocks));
            }
        }

        TrimPrefill(turns);
        if (turns.Count == 0)
        {
            throw new ArgumentException("The conversation has no user or assistant content to send: Bedrock needs at least one non-empty user message.", nameof(messages));
        }

        foreach (var (role, blocks) in turns)
        {
            Messages.Add((JsonNode)new JsonObject { ["role"] = role, ["content"] = new JsonArray([.. blocks]) });
        }

        if (_renderedToolHistory)
        {
            _warnings.Add(new BedrockWarning(BedrockWarning.Other,
                "The conversation holds tool calls but no tools are sent on this call, so the calls and their results were sent as text (Bedrock rejects tool blocks without a toolConfig)."));
        }
    }

    private void AddSystemMessage(ChatMessage message)
    {
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent text when !string.IsNullOrWhiteSpace(text.Text):
                    System.Add((JsonNode)ContentBlocks.Text(text.Text));
                    break;
                case TextContent:
                    break;
                case BedrockCachePointContent cachePoint when System.Count > 0:
                    System.Add((JsonNode)ContentBlocks.CachePoint(cachePoint.Ttl));
                    break;
                case BedrockGuardContent guard:
                    System.Add((JsonNode)ContentBlocks.GuardContent(guard));
                    break;
                default:
                    Drop(content, "system");
                    break;
            }
        }
    }

    private List<JsonObject> ConvertUser(ChatMessage message)
    {
        var blocks = new List<JsonObject>();
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent text:
                    if (!string.IsNullOrWhiteSpace(text.Text))
                    {
                        blocks.Add(ContentBlocks.Text(text.Text));
                    }

                    break;
                case FunctionResultContent result:
                    AddToolResult(result, blocks);
                    break;
                case BedrockCachePointContent cachePoint:
                    AddCachePoint(cachePoint, blocks);
                    break;
                case BedrockGuardContent guard:
                    blocks.Add(ContentBlocks.GuardContent(guard));
                    break;
                case DataContent or UriContent or HostedFileContent:
                    blocks.Add(Media(content));
                    break;
                case UsageContent:
                    break;
                default:
                    Drop(content, "user");
                    break;
            }
        }

        return blocks;
    }

    private List<JsonObject> ConvertAssistant(ChatMessage message)
    {
        var blocks = new List<JsonObject>();
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent text:
                    if (!string.IsNullOrWhiteSpace(text.Text))
                    {
                        blocks.Add(ContentBlocks.Text(text.Text));
                    }

                    break;
                case TextReasoningContent reasoning:
                    AddReasoning(reasoning, blocks);
                    break;
                case FunctionCallContent call:
                    AddToolUse(call, blocks);
                    break;
                case FunctionResultContent result:
                    // A result inside an assistant turn (server-side tool) still belongs to the user side on Bedrock.
                    Drop(result, "assistant");
                    break;
                case BedrockCachePointContent cachePoint:
                    AddCachePoint(cachePoint, blocks);
                    break;
                case DataContent or UriContent or HostedFileContent:
                    blocks.Add(Media(content));
                    break;
                case UsageContent:
                    break;
                default:
                    Drop(content, "assistant");
                    break;
            }
        }

        return blocks;
    }

    private void AddCachePoint(BedrockCachePointContent cachePoint, List<JsonObject> blocks)
    {
        if (blocks.Count > 0 && !ContentBlocks.IsCachePoint(blocks[^1]))
        {
            blocks.Add(ContentBlocks.CachePoint(cachePoint.Ttl));
        }
        else if (blocks.Count == 0)
        {
            blocks.Add(ContentBlocks.CachePoint(cachePoint.Ttl));
        }
    }

    private void AddReasoning(TextReasoningContent reasoning, List<JsonObject> blocks)
    {
        if (ReasoningProtectedData.TryGetRedactedBase64(reasoning.ProtectedData, out var redacted))
        {
            blocks.Add(new JsonObject { ["reasoningContent"] = new JsonObject { ["redactedContent"] = redacted } });
            return;
        }

        if (string.IsNullOrEmpty(reasoning.ProtectedData))
        {
            _warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent,
                "Reasoning without a Bedrock signature (for example from another provider) was left out of the request; Bedrock only accepts signed reasoning.",
                nameof(TextReasoningContent)));
            return;
        }

        blocks.Add(new JsonObject
        {
            ["reasoningContent"] = new JsonObject
            {
                ["reasoningText"] = new JsonObject { ["text"] = reasoning.Text, ["signature"] = reasoning.ProtectedData },
            },
        });
    }

    private void AddToolUse(FunctionCallContent call, List<JsonObject> blocks)
    {
        if (string.IsNullOrEmpty(call.CallId))
        {
            throw new ArgumentException($"The call of tool '{call.Name}' has no CallId; Bedrock needs one to pair it with its result.");
        }

        (_seenCallIds ??= new HashSet<string>(StringComparer.Ordinal)).Add(call.CallId);
        var input = SerializeArguments(call.Arguments);
        if (!_toolBlocksAllowed)
        {
            _renderedToolHistory = true;
            blocks.Add(ContentBlocks.Text($"[Tool call {call.Name} (id {call.CallId}) with input: {input.ToJsonString()}]"));
            return;
        }

        blocks.Add(new JsonObject
        {
            ["toolUse"] = new JsonObject
            {
                ["toolUseId"] = CallId(call.CallId),
                ["name"] = _wireToolName(call.Name),
                ["input"] = input,
            },
        });
    }

    private void AddToolResult(FunctionResultContent result, List<JsonObject> blocks)
    {
        if (string.IsNullOrEmpty(result.CallId) || _seenCallIds?.Contains(result.CallId) != true)
        {
            throw new ArgumentException(
                $"The tool result with CallId '{result.CallId}' has no matching tool call (FunctionCallContent) earlier in the conversation; Bedrock rejects unpaired tool results.");
        }

        var content = ToolResultContent(result);
        if (!_toolBlocksAllowed)
        {
            _renderedToolHistory = true;
            var status = result.Exception is null ? string.Empty : " (failed)";
            blocks.Add(ContentBlocks.Text($"[Tool result{status} for call {result.CallId}:]"));
            foreach (var node in content)
            {
                blocks.Add((JsonObject)node!.DeepClone());
            }

            return;
        }

        var toolResult = new JsonObject
        {
            ["toolUseId"] = CallId(result.CallId),
            ["content"] = content,
        };
        if (result.Exception is not null)
        {
            toolResult["status"] = "error";
        }

        blocks.Add(new JsonObject { ["toolResult"] = toolResult });
    }

    private JsonArray ToolResultContent(FunctionResultContent result)
    {
        var content = new JsonArray();
        switch (result.Result)
        {
            case null:
                content.Add((JsonNode)ContentBlocks.Text(result.Exception is { } exception ? $"Error: {exception.Message}" : "null"));
                break;
            case string text:
                content.Add((JsonNode)ContentBlocks.Text(NonBlank(text)));
                break;
            case AIContent single:
                AddResultPart(single, content);
                break;
            case IEnumerable<AIContent> parts:
                foreach (var part in parts)
                {
                    AddResultPart(part, content);
                }

                break;
            case JsonElement element:
                content.Add((JsonNode)ContentBlocks.Text(NonBlank(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText())));
                break;
            case JsonNode node:
                content.Add((JsonNode)ContentBlocks.Text(NonBlank(node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString())));
                break;
            default:
                var typeInfo = AIJsonUtilities.DefaultOptions.GetTypeInfo(result.Result.GetType());
                content.Add((JsonNode)ContentBlocks.Text(NonBlank(JsonSerializer.Serialize(result.Result, typeInfo))));
                break;
        }

        if (content.Count == 0)
        {
            content.Add((JsonNode)ContentBlocks.Text("(empty)"));
        }

        return content;
    }

    private void AddResultPart(AIContent part, JsonArray content)
    {
        switch (part)
        {
            case TextContent text:
                if (!string.IsNullOrWhiteSpace(text.Text))
                {
                    content.Add((JsonNode)ContentBlocks.Text(text.Text));
                }

                break;
            case DataContent or UriContent or HostedFileContent:
                content.Add((JsonNode)Media(part));
                break;
            default:
                Drop(part, "tool result");
                break;
        }
    }

    private JsonObject Media(AIContent content)
    {
        switch (content)
        {
            case DataContent data:
                return ContentBlocks.Media(data, _documentNamer ??= new());
            case UriContent uri when uri.Uri.Scheme.Equals("s3", StringComparison.OrdinalIgnoreCase):
                return ContentBlocks.S3Media(uri, _documentNamer ??= new());
            case UriContent uri when _downloads.TryGetValue(uri, out var downloaded):
                return ContentBlocks.Media(downloaded, _documentNamer ??= new());
            case UriContent uri:
                throw new NotSupportedException($"Bedrock reads content only as bytes or from s3:// URIs; '{uri.Uri.Scheme}' URIs are not supported.");
            default:
                throw new NotSupportedException(
                    $"Bedrock has no file store, so {content.GetType().Name} cannot be sent; send the bytes as DataContent or an s3:// UriContent.");
        }
    }

    private void Drop(AIContent content, string where) =>
        _warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, $"{content.GetType().Name} in a {where} message has no Bedrock equivalent and was left out.", content.GetType().Name));

    private string CallId(string id) => _normalizeIdsForMistral ? MistralToolCallId.Normalize(id) : id;

    private static string NonBlank(string text) => string.IsNullOrWhiteSpace(text) ? "(empty)" : text;

    private static JsonObject SerializeArguments(IDictionary<string, object?>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return [];
        }

        var typeInfo = AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>));
        return JsonSerializer.SerializeToNode(arguments, typeInfo) as JsonObject ?? [];
    }

    private static void TrimPrefill(List<(string Role, List<JsonObject> Blocks)> turns)
    {
        if (turns.Count == 0 || turns[^1].Role != "assistant")
        {
            return;
        }

        var blocks = turns[^1].Blocks;
        var last = blocks.FindLastIndex(b => !ContentBlocks.IsCachePoint(b));
        if (last >= 0 && blocks[last]["text"] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var trimmed = text.TrimEnd();
            if (trimmed.Length == 0)
            {
                blocks.RemoveAt(last);
            }
            else
            {
                blocks[last]["text"] = trimmed;
            }
        }

        if (!blocks.Exists(b => !ContentBlocks.IsCachePoint(b)))
        {
            turns.RemoveAt(turns.Count - 1);
        }
    }
}
