namespace AmazonBedrock.AI.Chat.Response;

/// <summary>Builds the exception for a Converse response that cannot be read.</summary>
internal static class ConverseProtocolErrors
{
    public static BedrockProtocolException Create(string what, ConverseResponseContext context, Exception? inner = null)
    {
        var id = context.RequestId is null ? string.Empty : $" (request id {context.RequestId})";
        return new BedrockProtocolException($"Bedrock returned an unreadable Converse response{id}: {what}", context.RequestId, inner);
    }
}
