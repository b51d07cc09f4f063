namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// Keys under which Bedrock response details that MEAI has no property for are stored in <c>AdditionalProperties</c>.
/// Object values are <see cref="System.Text.Json.JsonElement"/>s so they survive JSON round-tripping (response caching).
/// </summary>
internal static class ConverseResponseKeys
{
    /// <summary>The raw Bedrock <c>stopReason</c> string (on the response, and on the streaming update that carries the finish reason).</summary>
    public const string StopReason = "aws.bedrock.stopReason";

    /// <summary>The stop sequence that ended generation (<c>additionalModelResponseFields.delta.stop_sequence</c>), a string.</summary>
    public const string StopSequence = "aws.bedrock.stopSequence";

    /// <summary>The whole <c>additionalModelResponseFields</c> document.</summary>
    public const string AdditionalModelResponseFields = "aws.bedrock.additionalModelResponseFields";

    /// <summary><c>metrics.latencyMs</c>, a <see cref="long"/>.</summary>
    public const string LatencyMs = "aws.bedrock.latencyMs";

    /// <summary>The <c>trace</c> object (guardrail assessment, prompt router).</summary>
    public const string Trace = "aws.bedrock.trace";

    /// <summary>The <c>performanceConfig</c> object the service applied.</summary>
    public const string PerformanceConfig = "aws.bedrock.performanceConfig";

    /// <summary>The <c>serviceTier</c> object the service applied.</summary>
    public const string ServiceTier = "aws.bedrock.serviceTier";

    /// <summary>The <c>usage.cacheDetails</c> array (cache writes per TTL).</summary>
    public const string CacheDetails = "aws.bedrock.cacheDetails";

    /// <summary>On the response: <see langword="true"/> when the answer text came from the structured-output JSON tool.</summary>
    public const string IsJsonResponseFromTool = "aws.bedrock.isJsonResponseFromTool";

    /// <summary>On a <c>FunctionCallContent</c> whose input was not a JSON object: the input exactly as received.</summary>
    public const string RawToolInput = "aws.bedrock.rawToolInput";

    /// <summary>On a <c>FunctionCallContent</c>/<c>FunctionResultContent</c> of a server-side tool: the toolUse <c>type</c> (e.g. <c>server_tool_use</c>).</summary>
    public const string ToolUseType = "aws.bedrock.toolUseType";

    /// <summary>On a <c>FunctionResultContent</c> of a server-side tool: the result <c>status</c>.</summary>
    public const string ToolResultStatus = "aws.bedrock.toolResultStatus";

    /// <summary>On a <c>CitationAnnotation</c>: the citation <c>source</c> string.</summary>
    public const string CitationSource = "aws.bedrock.citation.source";

    /// <summary>On a <c>CitationAnnotation</c>: the kind of location (<c>web</c>, <c>documentChar</c>, <c>documentPage</c>, <c>documentChunk</c>, <c>searchResultLocation</c>).</summary>
    public const string CitationLocationType = "aws.bedrock.citation.locationType";

    /// <summary>On a <c>CitationAnnotation</c>: the cited document (or search result) index, a <see cref="long"/>.</summary>
    public const string CitationDocumentIndex = "aws.bedrock.citation.documentIndex";

    /// <summary>On a <c>CitationAnnotation</c>: where the cited part starts in the source (character, page or chunk), a <see cref="long"/>.</summary>
    public const string CitationStart = "aws.bedrock.citation.start";

    /// <summary>On a <c>CitationAnnotation</c>: where the cited part ends in the source (character, page or chunk), a <see cref="long"/>.</summary>
    public const string CitationEnd = "aws.bedrock.citation.end";

    /// <summary>On a <c>CitationAnnotation</c> for a web location: the domain.</summary>
    public const string CitationDomain = "aws.bedrock.citation.domain";

    /// <summary>Usage <c>AdditionalCounts</c> key for cache-write tokens.</summary>
    public const string CacheWriteInputTokens = "CacheWriteInputTokens";

    /// <summary>Usage <c>AdditionalCounts</c> key for cache-read tokens.</summary>
    public const string CacheReadInputTokens = "CacheReadInputTokens";
}
