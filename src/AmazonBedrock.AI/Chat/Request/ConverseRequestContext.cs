using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Everything the request mapping needs besides the messages and options.</summary>
internal sealed class ConverseRequestContext
{
    /// <summary>The final model id (the call's <c>ModelId</c> already applied).</summary>
    public required string ModelId { get; init; }

    /// <summary>The client's per-model settings.</summary>
    public required BedrockChatClientSettings Settings { get; init; }

    /// <summary>Whether the body is for ConverseStream.</summary>
    public bool Streaming { get; init; }

    /// <summary>Downloads http(s) <c>UriContent</c>; null means downloads are disabled.</summary>
    public Func<Uri, CancellationToken, Task<DataContent>>? DownloadAsync { get; init; }
}
