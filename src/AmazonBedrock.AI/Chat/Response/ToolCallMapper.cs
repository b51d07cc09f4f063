using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// Bedrock <c>toolUse</c> → <see cref="FunctionCallContent"/>, shared by the non-streaming and streaming paths.
/// Input that is absent, empty or <c>null</c> means no arguments (<c>{}</c>). Input that is not a JSON object (a
/// streamed fragment the model never finished, or a non-object value) does not lose the call: the content is still
/// produced with empty arguments, <see cref="FunctionCallContent.Exception"/> explains the problem (so MEAI's function
/// invocation reports it back to the model instead of running the function), and the input as received is kept under
/// <see cref="ConverseResponseKeys.RawToolInput"/>.
/// </summary>
internal static class ToolCallMapper
{
    private const string ServerToolUseType = "server_tool_use";

    public static string OriginalName(string wireName, ConverseResponseContext context) =>
        context.ToolNameMap.TryGetValue(wireName, out var original) ? original : wireName;

    public static string CallIdOrNew(string? toolUseId) =>
        string.IsNullOrEmpty(toolUseId) ? "tooluse_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) : toolUseId;

    /// <summary>A call whose input arrived as a parsed document (non-streaming).</summary>
    public static FunctionCallContent FromElement(string? toolUseId, string wireName, string? type, JsonElement input, ConverseResponseContext context)
    {
        var call = new FunctionCallContent(CallIdOrNew(toolUseId), OriginalName(wireName, context));
        switch (input.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                call.Arguments = new Dictionary<string, object?>();
                break;
            case JsonValueKind.Object:
                call.Arguments = ToArguments(input);
                break;
            default:
                MarkUnreadable(call, input.GetRawText(), null);
                break;
        }

        return Finish(call, type);
    }

    /// <summary>A call whose input arrived as streamed JSON text (concatenated deltas).</summary>
    public static FunctionCallContent FromText(string? toolUseId, string wireName, string? type, string input, ConverseResponseContext context)
    {
        var call = new FunctionCallContent(CallIdOrNew(toolUseId), OriginalName(wireName, context));
        if (string.IsNullOrWhiteSpace(input))
        {
            call.Arguments = new Dictionary<string, object?>();
            return Finish(call, type);
        }

        try
        {
            // The element is cloned out of the document so the document can be returned to the pool.
            using var document = JsonDocument.Parse(input);
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    call.Arguments = ToArguments(root.Clone());
                    break;
                case JsonValueKind.Null:
                    call.Arguments = new Dictionary<string, object?>();
                    break;
                default:
                    MarkUnreadable(call, input, null);
                    break;
            }
        }
        catch (JsonException e)
        {
            MarkUnreadable(call, input, e);
        }

        return Finish(call, type);
    }

    private static Dictionary<string, object?> ToArguments(JsonElement input)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in input.EnumerateObject())
        {
            arguments[property.Name] = property.Value;
        }

        return arguments;
    }

    private static void MarkUnreadable(FunctionCallContent call, string rawInput, JsonException? cause)
    {
        call.Arguments = new Dictionary<string, object?>();
        call.Exception = new InvalidOperationException(
            $"The model's input for tool '{call.Name}' (call {call.CallId}) is not a JSON object; it was kept as received in AdditionalProperties[\"{ConverseResponseKeys.RawToolInput}\"].",
            cause);
        (call.AdditionalProperties ??= [])[ConverseResponseKeys.RawToolInput] = rawInput;
    }

    private static FunctionCallContent Finish(FunctionCallContent call, string? type)
    {
        if (type is not null)
        {
            (call.AdditionalProperties ??= [])[ConverseResponseKeys.ToolUseType] = type;

            // Bedrock ran a server-side tool itself; the caller must not invoke anything.
            call.InformationalOnly = type == ServerToolUseType;
        }

        return call;
    }
}
