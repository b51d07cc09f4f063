using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>
/// Embeds text or images with one model: splits inputs into calls the family accepts, runs them with bounded
/// concurrency, and puts the results back in input order with summed usage.
/// </summary>
internal sealed class EmbeddingEngine
{
    public const string ExtraEmbeddingKeyPrefix = "aws.bedrock.embedding.";

    private readonly BedrockProvider _provider;
    private readonly BedrockEmbeddingSettings _settings;
    private readonly ILogger _logger;

    public EmbeddingEngine(BedrockProvider provider, string modelId, BedrockEmbeddingSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(provider);
        BedrockModelPath.ValidateModelId(modelId);
        // Copied, as chat settings are: later changes to the caller's object must not bypass the checks below.
        settings = settings?.Clone() ?? new BedrockEmbeddingSettings();
        ParallelCalls.ValidateMaxConcurrency(settings.MaxConcurrency, nameof(settings));

        _provider = provider;
        _settings = settings;
        ModelId = modelId;
        Family = settings.Family ?? EmbeddingFamilies.Detect(modelId);
        _logger = provider.LoggerFactory.CreateLogger("AmazonBedrock.AI.Embeddings");
        var allowed = EmbeddingFamilies.AllowedDimensions(Family);
        if (settings.Dimensions is { } dimensions && Array.IndexOf(allowed, dimensions) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), dimensions, allowed.Length == 0
                ? $"{Family} embeddings have a fixed size of {EmbeddingFamilies.DefaultDimensions(Family)}."
                : $"{Family} embeddings take Dimensions of {string.Join(", ", allowed)}.");
        }

        Metadata = new EmbeddingGeneratorMetadata("aws.bedrock", provider.Endpoint, modelId, settings.Dimensions ?? EmbeddingFamilies.DefaultDimensions(Family));
    }

    public string ModelId { get; }

    public BedrockEmbeddingFamily Family { get; }

    /// <summary>The settings (as a copy: the generator's own must not change under it), the provider and its options.</summary>
    public object? GetService(Type serviceType) =>
        serviceType == typeof(BedrockEmbeddingSettings) ? _settings.Clone() : ProviderServices.Get(serviceType, _provider);

    public EmbeddingGeneratorMetadata Metadata { get; }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(EmbeddingInput[] inputs, bool images, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        var modelId = options?.ModelId ?? ModelId;
        var family = options?.ModelId is { } other && _settings.Family is null ? EmbeddingFamilies.Detect(other) : Family;
        BedrockModelPath.ValidateModelId(modelId);
        if (images && !EmbeddingFamilies.AcceptsImages(family))
        {
            throw new NotSupportedException($"The {family} model '{modelId}' does not embed images.");
        }

        if (images)
        {
            // Checked against the family of this call's model: EmbeddingGenerationOptions.ModelId may name another family.
            var accepted = EmbeddingFamilies.MediaTypes(family);
            for (var i = 0; i < inputs.Length; i++)
            {
                ImageFormats.Require(inputs[i].Image!, $"values[{i}]", accepted);
            }
        }

        var warnings = new ModelWarnings(_logger, modelId);
        var request = EmbeddingRequestSettings.Resolve(family, options, _settings.Dimensions, images, warnings);
        if (request.ImageDetail is not null && Array.Exists(inputs, input => input.Image is { } media && !media.HasTopLevelMediaType("image")))
        {
            warnings.Unsupported(nameof(BedrockEmbeddingOptions.ImageDetail), "ImageDetail applies to images only; it was not sent with the video and audio inputs.");
        }
        var bedrock = options as BedrockEmbeddingOptions;
        var headers = InvokeModelHeaders.For(bedrock?.GuardrailConfig, bedrock?.Latency, bedrock?.ServiceTier, bedrock?.RequestMetadata, warnings);
        var results = new GeneratedEmbeddings<Embedding<float>>(inputs.Length);
        if (inputs.Length == 0)
        {
            Finish(results, warnings, null);
            return results;
        }

        var perCall = EmbeddingFamilies.MaxPerCall(family, images);
        var calls = (inputs.Length + perCall - 1) / perCall;
        var embeddings = new Embedding<float>[inputs.Length];
        var tokens = new int?[calls];
        var path = BedrockModelPath.For(modelId, "invoke");

        await ParallelCalls.RunAsync(calls, _settings.MaxConcurrency, RunCallAsync, cancellationToken).ConfigureAwait(false);

        results.AddRange(embeddings);
        int? total = null;
        foreach (var count in tokens)
        {
            if (count is { } c)
            {
                total = (total ?? 0) + c;
            }
        }

        Finish(results, warnings, total);
        return results;

        async Task RunCallAsync(int call, CancellationToken callToken)
        {
            var start = call * perCall;
            var count = Math.Min(perCall, inputs.Length - start);
            var body = EmbeddingRequestWriter.Write(request, inputs.AsMemory(start, count));
            var response = await _provider.Transport.SendAsync(
                new BedrockRequest { Path = path, Body = body, Operation = "InvokeModel", Accept = "application/json", Headers = headers },
                callToken).ConfigureAwait(false);

            var result = EmbeddingResponseReader.Read(family, response.Body, count, response.Header(EmbeddingResponseReader.InputTokenCountHeader), response.RequestId);
            tokens[call] = result.InputTokens;
            var createdAt = _provider.TimeProvider.GetUtcNow();
            for (var i = 0; i < count; i++)
            {
                var embedding = new Embedding<float>(result.Vectors[i]) { ModelId = modelId, CreatedAt = createdAt };
                if (result.Extras[i] is { } extras)
                {
                    embedding.AdditionalProperties = [];
                    foreach (var (type, values) in extras)
                    {
                        embedding.AdditionalProperties[ExtraEmbeddingKeyPrefix + type] = values;
                    }
                }

                embeddings[start + i] = embedding;
            }
        }
    }

    private static void Finish(GeneratedEmbeddings<Embedding<float>> results, ModelWarnings warnings, int? inputTokens)
    {
        if (inputTokens is { } tokens)
        {
            results.Usage = new UsageDetails { InputTokenCount = tokens, TotalTokenCount = tokens };
        }

        results.AdditionalProperties = new AdditionalPropertiesDictionary();
        results.AdditionalProperties[BedrockResponseExtensions.WarningsKey] = warnings.Items;
    }
}
