using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>Closes the connection without any response, as a network failure would.</summary>
internal sealed class DisconnectScriptedResponse : ScriptedResponse
{
    internal override Task WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        context.Abort();
        return Task.CompletedTask;
    }
}
