namespace AmazonBedrock.AI.Transport;

/// <summary>Which Bedrock endpoint a request goes to. Both are signed with the service name <c>bedrock</c>.</summary>
internal enum BedrockEndpointKind
{
    /// <summary>Bedrock Runtime: Converse, ConverseStream, InvokeModel, InvokeModelWithResponseStream.</summary>
    Runtime,

    /// <summary>Bedrock Agent Runtime: Rerank.</summary>
    AgentRuntime,
}

/// <summary>One logical call: a POST of a JSON body to a path. The body is sent byte for byte as given, on every attempt.</summary>
internal sealed class BedrockRequest
{
    /// <summary>The path, with the model id already percent-encoded (see <see cref="Provider.BedrockModelPath"/>).</summary>
    public required string Path { get; init; }

    /// <summary>The exact body bytes.</summary>
    public required byte[] Body { get; init; }

    /// <summary>A short operation name for logs and errors (<c>Converse</c>, <c>InvokeModel</c>, …).</summary>
    public required string Operation { get; init; }

    /// <summary>The endpoint to call.</summary>
    public BedrockEndpointKind Endpoint { get; init; } = BedrockEndpointKind.Runtime;

    /// <summary>The body's media type.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>An <c>Accept</c> header, when the operation takes one (InvokeModel).</summary>
    public string? Accept { get; init; }

    /// <summary>Extra headers for this call only (InvokeModel's <c>X-Amzn-Bedrock-*</c>, say). They are signed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Headers { get; init; }
}
