using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>A Converse response body → <see cref="ChatResponse"/>.</summary>
internal static class ConverseResponseMapper
{
    /// <summary>Maps a whole Converse body.</summary>
    /// <param name="json">The body. The response keeps referring to it (through <see cref="ChatResponse.RawRepresentation"/>), so it must not be reused.</param>
    /// <param name="context">What the request knew.</param>
    public static ChatResponse Map(ReadOnlyMemory<byte> json, ConverseResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        JsonElement root;
        try
        {
            // Parsed in place, without copying the body; never disposed, since RawRepresentation hands the elements to the caller.
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            throw ConverseProtocolErrors.Create("the body is not valid JSON", context, e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ConverseProtocolErrors.Create("the body is not a JSON object", context);
        }

        try
        {
            return Build(root, context);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or UriFormatException)
        {
            throw ConverseProtocolErrors.Create(e.Message, context, e);
        }
    }

    private static ChatResponse Build(JsonElement root, ConverseResponseContext context)
    {
        var members = ConverseMembers.Read(root);
        var contents = new List<AIContent>();
        var sawFunctionCall = false;
        var sawJsonTool = false;

        JsonElement message = default;
        var hasMessage = members.Output.ValueKind == JsonValueKind.Object && members.Output.TryGetObject("message"u8, out message);
        if (hasMessage && message.TryGetArray("content"u8, out var blocks))
        {
            foreach (var block in blocks.EnumerateArray())
            {
                switch (ContentBlockMapper.Map(block, context, contents))
                {
                    case ContentBlockMapper.BlockKind.FunctionCall:
                        sawFunctionCall = true;
                        break;
                    case ContentBlockMapper.BlockKind.JsonTool:
                        sawJsonTool = true;
                        break;
                }
            }
        }

        var messageId = context.RequestId ?? Guid.NewGuid().ToString("N");
        var chatMessage = new ChatMessage(ChatRole.Assistant, contents)
        {
            MessageId = messageId,
            CreatedAt = CreatedAt(context),
            RawRepresentation = hasMessage ? message : null,
        };

        var properties = new AdditionalPropertiesDictionary();
        var stopReason = ResponseMetadataMapper.AddStopDetails(members, properties);
        JsonElement cacheDetails = default;
        var usage = members.Usage.ValueKind == JsonValueKind.Object ? UsageMapper.Map(members.Usage, out cacheDetails) : null;
        ResponseMetadataMapper.AddServiceDetails(members, cacheDetails, properties);
        if (sawJsonTool)
        {
            properties[ConverseResponseKeys.IsJsonResponseFromTool] = true;
        }

        if (context.Warnings.Count > 0)
        {
            properties.SetBedrockWarnings(context.Warnings);
        }

        return new ChatResponse(chatMessage)
        {
            ResponseId = context.RequestId,
            ModelId = context.ModelId,
            CreatedAt = CreatedAt(context),
            FinishReason = StopReasonMapper.Map(stopReason, sawJsonTool && !sawFunctionCall),
            Usage = usage,
            RawRepresentation = root,
            AdditionalProperties = properties.Count > 0 ? properties : null,
        };
    }

    internal static DateTimeOffset? CreatedAt(ConverseResponseContext context) =>
        context.CreatedAt == default ? null : context.CreatedAt;
}
