using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>A 200 event-stream response written frame by frame.</summary>
internal sealed class EventStreamScriptedResponse : ScriptedResponse
{
    public EventStreamScriptedResponse(IReadOnlyList<ScriptedEvent> events) => Events = events;

    public IReadOnlyList<ScriptedEvent> Events { get; }

    internal override async Task WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/vnd.amazon.eventstream";
        if (string.Equals(context.Items[BedrockEmulator.OperationItemKey] as string, "invoke-with-response-stream", StringComparison.Ordinal))
        {
            response.Headers["X-Amzn-Bedrock-Content-Type"] = "application/json";
        }

        await response.StartAsync(cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        foreach (var step in Events)
        {
            if (!await step.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false))
            {
                if (step is DisconnectScriptedEvent)
                {
                    context.Abort();
                }

                return;
            }
        }
    }
}
