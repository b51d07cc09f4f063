using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// ConverseStream events → <see cref="ChatResponseUpdate"/>s. One instance per call, fed the events in order.
/// Text and reasoning deltas go out as they arrive; tool calls, signatures, redacted reasoning and images go out
/// whole at <c>contentBlockStop</c>; the finish reason on the <c>messageStop</c> update; usage as
/// <see cref="UsageContent"/> on the <c>metadata</c> update.
/// </summary>
/// <remarks>
/// Deltas are read with <see cref="Utf8JsonReader"/> straight from the payload; only the once-per-block and
/// once-per-stream events are parsed into <see cref="JsonElement"/>s (which then serve as their raw representation).
/// Delta updates carry no raw representation, to keep the per-delta cost to the update and its text.
/// </remarks>
internal sealed class ConverseStreamMapper
{
    private readonly ConverseResponseContext _context;
    private readonly string _messageId;
    private readonly DateTimeOffset? _createdAt;
    private readonly Dictionary<int, StreamBlockState> _blocks = [];
    private bool _firstUpdateSent;
    private bool _sawMessageStop;
    private bool _sawFunctionCall;
    private bool _sawJsonTool;

    public ConverseStreamMapper(ConverseResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _messageId = context.RequestId ?? Guid.NewGuid().ToString("N");
        _createdAt = ConverseResponseMapper.CreatedAt(context);
    }

    public void Process(string eventType, ReadOnlySpan<byte> payload, List<ChatResponseUpdate> output)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            switch (eventType)
            {
                case "contentBlockDelta":
                    ProcessDelta(payload, output);
                    break;
                case "contentBlockStop":
                    ProcessBlockStop(payload, output);
                    break;
                case "contentBlockStart":
                    ProcessBlockStart(Parse(payload));
                    break;
                case "messageStart":
                    // Always the assistant; nothing to emit, but a broken payload is still a broken stream.
                    Parse(payload);
                    break;
                case "messageStop":
                    ProcessMessageStop(Parse(payload), output);
                    break;
                case "metadata":
                    ProcessMetadata(Parse(payload), output);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw ConverseProtocolErrors.Create($"the {eventType} event could not be read ({e.Message})", _context, e);
        }
    }

    /// <summary>Whether the <c>messageStop</c> event arrived (a stream can end cleanly without it).</summary>
    public bool SawMessageStop => _sawMessageStop;

    /// <summary>
    /// Ends the stream. A stream that closed cleanly (between frames) without <c>messageStop</c> still ends with what it had:
    /// open blocks are flushed and no finish reason is set; the caller reports it as a warning.
    /// </summary>
    public void Complete(List<ChatResponseUpdate> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        FlushOpenBlocks(output);
    }

    private static JsonElement Parse(ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        var root = JsonElement.ParseValue(ref reader);
        return root.ValueKind == JsonValueKind.Object ? root : throw new InvalidOperationException("the payload is not a JSON object");
    }

    private void ProcessDelta(ReadOnlySpan<byte> payload, List<ChatResponseUpdate> output)
    {
        var reader = new Utf8JsonReader(payload);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidOperationException("the payload is not a JSON object");
        }

        var index = -1;
        var deferred = default(Utf8JsonReader);
        var hasDeferred = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("contentBlockIndex"u8))
            {
                reader.Read();
                index = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("delta"u8))
            {
                reader.Read();
                if (index >= 0)
                {
                    ProcessDeltaBody(ref reader, index, output);
                }
                else
                {
                    // The index came after the delta: remember where the delta is and read it once the index is known.
                    deferred = reader;
                    hasDeferred = true;
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (hasDeferred)
        {
            if (index < 0)
            {
                throw new InvalidOperationException("contentBlockIndex is missing");
            }

            ProcessDeltaBody(ref deferred, index, output);
        }
    }

    private void ProcessDeltaBody(ref Utf8JsonReader reader, int index, List<ChatResponseUpdate> output)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                var text = reader.GetString();
                if (!string.IsNullOrEmpty(text))
                {
                    output.Add(NewUpdate(new TextContent(text)));
                }
            }
            else if (reader.ValueTextEquals("reasoningContent"u8))
            {
                reader.Read();
                ProcessReasoningDelta(ref reader, index, output);
            }
            else if (reader.ValueTextEquals("toolUse"u8))
            {
                reader.Read();
                ProcessToolUseDelta(ref reader, index, output);
            }
            else if (reader.ValueTextEquals("citation"u8))
            {
                reader.Read();
                var citation = JsonElement.ParseValue(ref reader);
                if (citation.ValueKind == JsonValueKind.Object)
                {
                    // The cited text streams separately, so the annotation rides on empty text (MEAI keeps annotated text unmerged).
                    output.Add(NewUpdate(new TextContent(string.Empty) { Annotations = [CitationMapper.Map(citation, null)], RawRepresentation = citation }));
                }
            }
            else if (reader.ValueTextEquals("image"u8))
            {
                reader.Read();
                ProcessImageDelta(JsonElement.ParseValue(ref reader), index, output);
            }
            else if (reader.ValueTextEquals("toolResult"u8))
            {
                reader.Read();
                var items = JsonElement.ParseValue(ref reader);
                var state = Block(index, StreamBlockKind.ToolResult);
                state.ResultItems ??= [];
                if (items.ValueKind == JsonValueKind.Array)
                {
                    state.ResultItems.AddRange(items.EnumerateArray());
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private void ProcessReasoningDelta(ref Utf8JsonReader reader, int index, List<ChatResponseUpdate> output)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                var text = reader.GetString();
                if (!string.IsNullOrEmpty(text))
                {
                    output.Add(NewUpdate(new TextReasoningContent(text)));
                }
            }
            else if (reader.ValueTextEquals("signature"u8))
            {
                reader.Read();
                var state = Block(index, StreamBlockKind.Reasoning);
                (state.Signature ??= new StringBuilder()).Append(reader.GetString());
            }
            else if (reader.ValueTextEquals("redactedContent"u8))
            {
                reader.Read();
                var state = Block(index, StreamBlockKind.Reasoning);
                (state.Bytes ??= new MemoryStream()).Write(reader.GetBytesFromBase64());
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private void ProcessToolUseDelta(ref Utf8JsonReader reader, int index, List<ChatResponseUpdate> output)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("input"u8))
            {
                reader.Read();
                if (!_blocks.TryGetValue(index, out var state) || state.Kind is not (StreamBlockKind.ToolUse or StreamBlockKind.JsonTool))
                {
                    throw new InvalidOperationException($"tool input arrived for block {index}, which was not started as a toolUse block");
                }

                var fragment = reader.GetString();
                if (string.IsNullOrEmpty(fragment))
                {
                    continue;
                }

                state.Input.Append(fragment);
                if (state.Kind == StreamBlockKind.JsonTool)
                {
                    // Structured output through the JSON tool streams as answer text.
                    output.Add(NewUpdate(new TextContent(fragment)));
                }
                else if (_context.ToolInputDeltas is { } progress && state.ToolUseId is { } callId)
                {
                    progress.Report(new BedrockToolInputDelta(callId, ToolCallMapper.OriginalName(state.Name!, _context), fragment));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private void ProcessImageDelta(JsonElement image, int index, List<ChatResponseUpdate> output)
    {
        if (image.TryGetObject("source"u8, out var source) && source.TryGetProperty("bytes"u8, out var bytes) && bytes.ValueKind == JsonValueKind.String)
        {
            var state = Block(index, StreamBlockKind.Image);
            (state.Bytes ??= new MemoryStream()).Write(bytes.GetBytesFromBase64());
        }

        if (image.TryGetObject("error"u8, out var error))
        {
            output.Add(NewUpdate(new ErrorContent(error.GetStringOrNull("message"u8) ?? "The model could not produce the image.") { RawRepresentation = image }));
        }
    }

    private StreamBlockState Block(int index, StreamBlockKind kind)
    {
        if (!_blocks.TryGetValue(index, out var state))
        {
            state = new StreamBlockState(kind);
            _blocks[index] = state;
        }

        return state;
    }

    private void ProcessBlockStart(JsonElement root)
    {
        var index = root.GetInt64OrNull("contentBlockIndex"u8) is { } i and >= 0 and <= int.MaxValue
            ? (int)i
            : throw new InvalidOperationException("contentBlockIndex is missing");
        if (!root.TryGetObject("start"u8, out var start))
        {
            return;
        }

        if (start.TryGetObject("toolUse"u8, out var toolUse))
        {
            var name = toolUse.GetStringOrNull("name"u8) ?? throw new InvalidOperationException("toolUse has no name");
            var isJsonTool = _context.JsonResponseToolName is { } jsonTool && string.Equals(name, jsonTool, StringComparison.Ordinal);
            _blocks[index] = new StreamBlockState(isJsonTool ? StreamBlockKind.JsonTool : StreamBlockKind.ToolUse)
            {
                ToolUseId = toolUse.GetStringOrNull("toolUseId"u8),
                Name = name,
                Type = toolUse.GetStringOrNull("type"u8),
                Start = root,
            };
        }
        else if (start.TryGetObject("toolResult"u8, out var toolResult))
        {
            _blocks[index] = new StreamBlockState(StreamBlockKind.ToolResult)
            {
                ToolUseId = toolResult.GetStringOrNull("toolUseId"u8),
                Type = toolResult.GetStringOrNull("type"u8),
                Status = toolResult.GetStringOrNull("status"u8),
                Start = root,
            };
        }
        else if (start.TryGetObject("image"u8, out var image))
        {
            _blocks[index] = new StreamBlockState(StreamBlockKind.Image) { ImageFormat = image.GetStringOrNull("format"u8), Start = root };
        }
    }

    private void ProcessBlockStop(ReadOnlySpan<byte> payload, List<ChatResponseUpdate> output)
    {
        var reader = new Utf8JsonReader(payload);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidOperationException("the payload is not a JSON object");
        }

        var index = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isIndex = reader.ValueTextEquals("contentBlockIndex"u8);
            reader.Read();
            if (isIndex)
            {
                index = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException("contentBlockIndex is missing");
        }

        if (_blocks.Remove(index, out var state))
        {
            CloseBlock(state, output);
        }
    }

    private void CloseBlock(StreamBlockState state, List<ChatResponseUpdate> output)
    {
        switch (state.Kind)
        {
            case StreamBlockKind.ToolUse:
                var call = ToolCallMapper.FromText(state.ToolUseId, state.Name!, state.Type, state.Input.ToString(), _context);
                call.RawRepresentation = state.Start;
                _sawFunctionCall |= !call.InformationalOnly;
                output.Add(NewUpdate(call));
                break;

            case StreamBlockKind.JsonTool:
                _sawJsonTool = true;
                if (state.Input.Length == 0)
                {
                    output.Add(NewUpdate(new TextContent("{}")));
                }

                break;

            case StreamBlockKind.Reasoning:
                if (state.Signature is not null)
                {
                    output.Add(NewUpdate(new TextReasoningContent(string.Empty) { ProtectedData = state.Signature.ToString() }));
                }

                if (state.Bytes is not null)
                {
                    var redacted = ReasoningProtectedData.FromRedactedBase64(Convert.ToBase64String(state.Bytes.GetBuffer(), 0, (int)state.Bytes.Length));
                    output.Add(NewUpdate(new TextReasoningContent(string.Empty) { ProtectedData = redacted }));
                }

                break;

            case StreamBlockKind.Image:
                if (state.Bytes is not null)
                {
                    output.Add(NewUpdate(new DataContent(state.Bytes.ToArray(), MediaTypes.ForImageFormat(state.ImageFormat)) { RawRepresentation = state.Start }));
                }

                break;

            case StreamBlockKind.ToolResult:
                var result = new FunctionResultContent(state.ToolUseId ?? string.Empty, ToJsonArray(state.ResultItems)) { RawRepresentation = state.Start };
                ContentBlockMapper.AddToolResultDetails(result, state.Type, state.Status);
                output.Add(NewUpdate(result));
                break;
        }
    }

    private static JsonElement ToJsonArray(List<JsonElement>? items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items ?? [])
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    private void FlushOpenBlocks(List<ChatResponseUpdate> output)
    {
        if (_blocks.Count == 0)
        {
            return;
        }

        foreach (var index in _blocks.Keys.Order().ToArray())
        {
            _blocks.Remove(index, out var state);
            CloseBlock(state!, output);
        }
    }

    private void ProcessMessageStop(JsonElement root, List<ChatResponseUpdate> output)
    {
        // A block the service never closed still yields what it received.
        FlushOpenBlocks(output);
        _sawMessageStop = true;

        var update = NewUpdate(null, root);
        var properties = update.AdditionalProperties ??= [];
        update.FinishReason = StopReasonMapper.Map(ResponseMetadataMapper.AddStopDetails(ConverseMembers.Read(root), properties), _sawJsonTool && !_sawFunctionCall);
        if (_sawJsonTool)
        {
            properties[ConverseResponseKeys.IsJsonResponseFromTool] = true;
        }

        output.Add(update);
    }

    private void ProcessMetadata(JsonElement root, List<ChatResponseUpdate> output)
    {
        var members = ConverseMembers.Read(root);
        JsonElement cacheDetails = default;
        var update = NewUpdate(members.Usage.ValueKind == JsonValueKind.Object ? new UsageContent(UsageMapper.Map(members.Usage, out cacheDetails)) : null, root);
        var properties = update.AdditionalProperties ??= [];
        ResponseMetadataMapper.AddServiceDetails(members, cacheDetails, properties);
        if (properties.Count == 0)
        {
            update.AdditionalProperties = null;
        }

        output.Add(update);
    }

    private ChatResponseUpdate NewUpdate(AIContent? content, object? raw = null)
    {
        var update = new ChatResponseUpdate
        {
            Role = ChatRole.Assistant,
            MessageId = _messageId,
            ResponseId = _context.RequestId,
            ModelId = _context.ModelId,
            CreatedAt = _createdAt,
            RawRepresentation = raw,
        };

        if (content is not null)
        {
            update.Contents = new List<AIContent>(1) { content };
        }

        if (!_firstUpdateSent)
        {
            _firstUpdateSent = true;
            if (_context.Warnings.Count > 0)
            {
                (update.AdditionalProperties ??= []).SetBedrockWarnings(_context.Warnings);
            }
        }

        return update;
    }
}
