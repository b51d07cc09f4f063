using System.Buffers;
using System.Text;
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
    private readonly IReadOnlyDictionary<string, string> _originalToWire;
    private readonly bool _toolBlocksAllowed;
    private readonly bool _normalizeIdsForMistral;
    private readonly IReadOnlyDictionary<UriContent, DataContent> _downloads;
    private readonly List<BedrockWarning> _warnings;
    // Created on first use: most requests carry neither documents nor tool calls.
    private DocumentNamer? _documentNamer;
    private HashSet<string>? _seenCallIds;
    private bool _renderedToolHistory;

    public MessageConverter(
        IReadOnlyDictionary<string, string> originalToWire,
        bool toolBlocksAllowed,
        bool normalizeIdsForMistral,
        IReadOnlyDictionary<UriContent, DataContent> downloads,
        List<BedrockWarning> warnings)
    {
        _originalToWire = originalToWire;
        _toolBlocksAllowed = toolBlocksAllowed;
        _normalizeIdsForMistral = normalizeIdsForMistral;
        _downloads = downloads;
        _warnings = warnings;
    }

    /// <summary>The <c>system</c> blocks; the builder may still add or edit instructions after conversion.</summary>
    public List<RequestBlock> System { get; } = [];

    public void AddInstructions(string? instructions, BedrockCacheTtl? cachePoint)
    {
        if (!string.IsNullOrWhiteSpace(instructions))
        {
            System.Add(new TextBlock(instructions));
        }

        if (cachePoint is { } ttl && System.Count > 0)
        {
            System.Add(CachePointBlock.For(ttl));
        }
    }

    /// <summary>Converts the conversation into Converse turns, roles alternating; system content goes to <see cref="System"/>.</summary>
    public List<ConverseTurn> Convert(IReadOnlyList<ChatMessage> messages)
    {
        // Sized for one turn per message (the usual case) so the list never grows.
        var turns = new List<ConverseTurn>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
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
            if (!HasContent(blocks))
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
                turns.Add(new ConverseTurn(role, blocks));
            }
        }

        TrimPrefill(turns);
        if (turns.Count == 0)
        {
            throw new ArgumentException("The conversation has no user or assistant content to send: Bedrock needs at least one non-empty user message.", nameof(messages));
        }

        if (_renderedToolHistory)
        {
            _warnings.Add(new BedrockWarning(BedrockWarning.Other,
                "The conversation holds tool calls but no tools are sent on this call, so the calls and their results were sent as text (Bedrock rejects tool blocks without a toolConfig)."));
        }

        return turns;
    }

    private void AddSystemMessage(ChatMessage message)
    {
        var contents = message.Contents;
        for (var i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case TextContent text when !string.IsNullOrWhiteSpace(text.Text):
                    System.Add(new TextBlock(text.Text));
                    break;
                case TextContent:
                    break;
                case BedrockCachePointContent cachePoint when System.Count > 0:
                    System.Add(CachePointBlock.For(cachePoint.Ttl));
                    break;
                case BedrockGuardContent guard:
                    System.Add(new NodeBlock(ContentBlocks.GuardContent(guard)));
                    break;
                default:
                    Drop(content, "system");
                    break;
            }
        }
    }

    private List<RequestBlock> ConvertUser(ChatMessage message)
    {
        var contents = message.Contents;
        var blocks = new List<RequestBlock>(contents.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case TextContent text:
                    if (!string.IsNullOrWhiteSpace(text.Text))
                    {
                        blocks.Add(new TextBlock(text.Text));
                    }

                    break;
                case FunctionResultContent result:
                    AddToolResult(result, blocks);
                    break;
                case BedrockCachePointContent cachePoint:
                    AddCachePoint(cachePoint, blocks);
                    break;
                case BedrockGuardContent guard:
                    blocks.Add(new NodeBlock(ContentBlocks.GuardContent(guard)));
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

    private List<RequestBlock> ConvertAssistant(ChatMessage message)
    {
        var contents = message.Contents;
        var blocks = new List<RequestBlock>(contents.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case TextContent text:
                    if (!string.IsNullOrWhiteSpace(text.Text))
                    {
                        blocks.Add(new TextBlock(text.Text));
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

    private static void AddCachePoint(BedrockCachePointContent cachePoint, List<RequestBlock> blocks)
    {
        // Never two in a row: a second cache point right after another adds nothing.
        if (blocks.Count == 0 || !blocks[^1].IsCachePoint)
        {
            blocks.Add(CachePointBlock.For(cachePoint.Ttl));
        }
    }

    private void AddReasoning(TextReasoningContent reasoning, List<RequestBlock> blocks)
    {
        if (ReasoningProtectedData.TryGetRedactedBase64(reasoning.ProtectedData, out var redacted))
        {
            blocks.Add(ReasoningBlock.Redacted(redacted));
            return;
        }

        if (string.IsNullOrEmpty(reasoning.ProtectedData))
        {
            _warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent,
                "Reasoning without a Bedrock signature (for example from another provider) was left out of the request; Bedrock only accepts signed reasoning.",
                nameof(TextReasoningContent)));
            return;
        }

        blocks.Add(ReasoningBlock.Signed(reasoning.Text, reasoning.ProtectedData));
    }

    private void AddToolUse(FunctionCallContent call, List<RequestBlock> blocks)
    {
        if (string.IsNullOrEmpty(call.CallId))
        {
            throw new ArgumentException($"The call of tool '{call.Name}' has no CallId; Bedrock needs one to pair it with its result.");
        }

        (_seenCallIds ??= new HashSet<string>(StringComparer.Ordinal)).Add(call.CallId);
        if (!_toolBlocksAllowed)
        {
            _renderedToolHistory = true;
            blocks.Add(new TextBlock($"[Tool call {call.Name} (id {call.CallId}) with input: {ArgumentsText(call.Arguments)}]"));
            return;
        }

        var wireName = _originalToWire.TryGetValue(call.Name, out var wire) ? wire : ToolNameSanitizer.Sanitize(call.Name);
        blocks.Add(new ToolUseBlock(CallId(call.CallId), wireName, call.Arguments));
    }

    private void AddToolResult(FunctionResultContent result, List<RequestBlock> blocks)
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
            blocks.Add(new TextBlock($"[Tool result{status} for call {result.CallId}:]"));
            blocks.AddRange(content);
            return;
        }

        blocks.Add(new ToolResultBlock(CallId(result.CallId), content, failed: result.Exception is not null));
    }

    private List<RequestBlock> ToolResultContent(FunctionResultContent result)
    {
        var content = new List<RequestBlock>(1);
        switch (result.Result)
        {
            case null:
                content.Add(new TextBlock(result.Exception is { } exception ? $"Error: {exception.Message}" : "null"));
                break;
            case string text:
                content.Add(new TextBlock(NonBlank(text)));
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
                content.Add(new TextBlock(NonBlank(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText())));
                break;
            case JsonNode node:
                content.Add(new TextBlock(NonBlank(node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString())));
                break;
            default:
                var typeInfo = AIJsonUtilities.DefaultOptions.GetTypeInfo(result.Result.GetType());
                content.Add(new TextBlock(NonBlank(JsonSerializer.Serialize(result.Result, typeInfo))));
                break;
        }

        if (content.Count == 0)
        {
            content.Add(new TextBlock("(empty)"));
        }

        return content;
    }

    private void AddResultPart(AIContent part, List<RequestBlock> content)
    {
        switch (part)
        {
            case TextContent text:
                if (!string.IsNullOrWhiteSpace(text.Text))
                {
                    content.Add(new TextBlock(text.Text));
                }

                break;
            case DataContent or UriContent or HostedFileContent:
                content.Add(Media(part));
                break;
            default:
                Drop(part, "tool result");
                break;
        }
    }

    private NodeBlock Media(AIContent content)
    {
        switch (content)
        {
            case DataContent data:
                return new NodeBlock(ContentBlocks.Media(data, _documentNamer ??= new()));
            case UriContent uri when uri.Uri.Scheme.Equals("s3", StringComparison.OrdinalIgnoreCase):
                return new NodeBlock(ContentBlocks.S3Media(uri, _documentNamer ??= new()));
            case UriContent uri when _downloads.TryGetValue(uri, out var downloaded):
                return new NodeBlock(ContentBlocks.Media(downloaded, _documentNamer ??= new()));
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

    // Only for history rendered as text (no tools on this call), so a string through a throwaway writer is fine.
    private static string ArgumentsText(IDictionary<string, object?>? arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ToolUseBlock.WriteArguments(writer, arguments);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool HasContent(List<RequestBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (!block.IsCachePoint)
            {
                return true;
            }
        }

        return false;
    }

    private static void TrimPrefill(List<ConverseTurn> turns)
    {
        if (turns.Count == 0 || turns[^1].Role != "assistant")
        {
            return;
        }

        var blocks = turns[^1].Blocks;
        var last = blocks.FindLastIndex(b => !b.IsCachePoint);
        if (last >= 0 && blocks[last] is TextBlock text)
        {
            var trimmed = text.Text.TrimEnd();
            if (trimmed.Length == 0)
            {
                blocks.RemoveAt(last);
            }
            else
            {
                text.Text = trimmed;
            }
        }

        if (!HasContent(blocks))
        {
            turns.RemoveAt(turns.Count - 1);
        }
    }
}
