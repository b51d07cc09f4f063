using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>Bedrock <c>stopReason</c> → MEAI <see cref="ChatFinishReason"/>.</summary>
internal static class StopReasonMapper
{
    /// <param name="stopReason">The raw value.</param>
    /// <param name="answeredByJsonTool">The only tool called was the structured-output JSON tool, so the answer is complete.</param>
    public static ChatFinishReason? Map(string? stopReason, bool answeredByJsonTool) => stopReason switch
    {
        null => null,
        "end_turn" or "stop_sequence" => ChatFinishReason.Stop,
        "max_tokens" or "model_context_window_exceeded" => ChatFinishReason.Length,
        "tool_use" => answeredByJsonTool ? ChatFinishReason.Stop : ChatFinishReason.ToolCalls,
        "guardrail_intervened" or "content_filtered" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(stopReason),
    };
}
