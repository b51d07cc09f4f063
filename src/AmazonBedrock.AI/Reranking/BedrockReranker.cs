using System.Text.Json;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Reranking;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI;

/// <summary>
/// Reranks documents against a query with a Bedrock reranking model (Amazon Rerank 1.0, Cohere Rerank 3.5) through
/// Bedrock Agent Runtime's <c>Rerank</c> operation. Get one from <see cref="BedrockProvider.GetReranker(string)"/>.
/// </summary>
public sealed class BedrockReranker
{
    private const int MaxDocuments = 1000;
    private const int MaxTextLength = 32_000;
    private const int MaxPages = 100;

    private readonly BedrockProvider _provider;

    internal BedrockReranker(BedrockProvider provider, string modelId)
    {
        ArgumentNullException.ThrowIfNull(provider);
        BedrockModelPath.ValidateModelId(modelId);
        _provider = provider;
        ModelId = modelId;

        // The service takes the model as an ARN; the partition follows the region (aws-cn, aws-us-gov, …), not always "aws".
        ModelArn = modelId.StartsWith("arn:", StringComparison.Ordinal)
            ? modelId
            : $"arn:{BedrockEndpoints.PartitionOf(provider.Region)}:bedrock:{provider.Region}::foundation-model/{modelId}";
    }

    /// <summary>The model id given to the provider.</summary>
    public string ModelId { get; }

    /// <summary>The foundation-model ARN sent to Bedrock.</summary>
    public string ModelArn { get; }

    /// <summary>Ranks text documents by relevance to <paramref name="query"/>.</summary>
    /// <param name="query">The query (1–32,000 characters).</param>
    /// <param name="documents">1–1,000 texts of 1–32,000 characters each.</param>
    /// <param name="topN">How many results to return (<c>numberOfResults</c>); all when <see langword="null"/>.</param>
    /// <param name="options">Paging and model-specific fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ranked documents, most relevant first.</returns>
    public Task<BedrockRerankResult> RerankAsync(string query, IEnumerable<string> documents, int? topN = null, BedrockRerankOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var texts = documents.ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.IsNullOrEmpty(texts[i]) || texts[i].Length > MaxTextLength)
            {
                throw new ArgumentException($"Document {i} must have 1 to {MaxTextLength} characters.", nameof(documents));
            }
        }

        return RerankCoreAsync(query, new RerankDocuments { Texts = texts }, topN, options, cancellationToken);
    }

    /// <summary>Ranks JSON documents (objects) by relevance to <paramref name="query"/>.</summary>
    /// <param name="query">The query (1–32,000 characters).</param>
    /// <param name="documents">1–1,000 JSON objects.</param>
    /// <param name="topN">How many results to return (<c>numberOfResults</c>); all when <see langword="null"/>.</param>
    /// <param name="options">Paging and model-specific fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ranked documents, most relevant first.</returns>
    public Task<BedrockRerankResult> RerankAsync(string query, IEnumerable<JsonElement> documents, int? topN = null, BedrockRerankOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var json = documents.ToArray();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i].ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"Document {i} must be a JSON object, not {json[i].ValueKind}.", nameof(documents));
            }
        }

        return RerankCoreAsync(query, new RerankDocuments { Json = json }, topN, options, cancellationToken);
    }

    /// <summary>Describes the reranker.</summary>
    public override string ToString() => $"BedrockReranker {{ ModelArn = {ModelArn} }}";

    private async Task<BedrockRerankResult> RerankCoreAsync(string query, RerankDocuments documents, int? topN, BedrockRerankOptions? options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query) || query.Length > MaxTextLength)
        {
            throw new ArgumentException($"The query must have 1 to {MaxTextLength} characters.", nameof(query));
        }

        if (documents.Count is 0 or > MaxDocuments)
        {
            throw new ArgumentException($"Rerank takes 1 to {MaxDocuments} documents; got {documents.Count}.", nameof(documents));
        }

        if (topN is { } n && (n < 1 || n > documents.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(topN), n, $"topN must be between 1 and the number of documents ({documents.Count}).");
        }

        var nextToken = options?.NextToken;
        if (nextToken is not null && (nextToken.Length is 0 or > 2048 || nextToken.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("NextToken must be 1 to 2048 characters without whitespace.", nameof(options));
        }

        var all = new List<BedrockRerankedDocument>();
        var requestIds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; ; page++)
        {
            var body = RerankRequestWriter.Write(ModelArn, query, documents, topN, options?.AdditionalModelRequestFields, nextToken);
            var response = await _provider.Transport.SendAsync(
                new BedrockRequest { Path = "/rerank", Body = body, Operation = "Rerank", Endpoint = BedrockEndpointKind.AgentRuntime },
                cancellationToken).ConfigureAwait(false);
            if (response.RequestId is { } id)
            {
                requestIds.Add(id);
            }

            var (results, next) = RerankResponseReader.Read(response.Body, documents.Count, response.RequestId);
            all.AddRange(results);
            nextToken = next;
            if (nextToken is null || options?.FollowNextToken != true)
            {
                break;
            }

            if (!seen.Add(nextToken) || page + 1 >= MaxPages)
            {
                throw new BedrockProtocolException($"Rerank kept returning pages (nextToken '{nextToken}'); stopped after {page + 1}.", response.RequestId);
            }
        }

        return new BedrockRerankResult(all, nextToken, requestIds);
    }
}
