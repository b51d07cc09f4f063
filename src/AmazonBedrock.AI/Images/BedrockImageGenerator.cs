using System.Diagnostics.CodeAnalysis;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Images;

/// <summary>Image generation on Bedrock: Nova Canvas, Titan Image Generator and the Stability AI models.</summary>
[Experimental("MEAI001")]
internal sealed class BedrockImageGenerator : IImageGenerator
{
    private readonly BedrockProvider _provider;
    private readonly string _modelId;
    private readonly BedrockImageSettings _settings;
    private readonly ILogger _logger;
    private readonly ImageGeneratorMetadata _metadata;

    public BedrockImageGenerator(BedrockProvider provider, string modelId, BedrockImageSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(provider);
        BedrockModelPath.ValidateModelId(modelId);
        // Copied, as chat settings are: later changes to the caller's object must not bypass the checks below.
        settings = settings?.Clone() ?? new BedrockImageSettings();
        ParallelCalls.ValidateMaxConcurrency(settings.MaxConcurrency, nameof(settings));

        _provider = provider;
        _modelId = modelId;
        _settings = settings;
        _logger = provider.LoggerFactory.CreateLogger("AmazonBedrock.AI.Images");
        _metadata = new ImageGeneratorMetadata("aws.bedrock", provider.Endpoint, modelId);
    }

    public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var modelId = options?.ModelId ?? _modelId;
        BedrockModelPath.ValidateModelId(modelId);
        var family = _settings.Family ?? ImageFamilies.Detect(modelId);
        var count = options?.Count ?? 1;
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), count, "Count must be at least 1.");
        }

        var warnings = new ModelWarnings(_logger, modelId);
        warnings.NotForwarded(nameof(ImageGenerationOptions), options?.AdditionalProperties, options?.RawRepresentationFactory is not null);
        if (options?.StreamingCount is { } streamingCount)
        {
            warnings.Unsupported(nameof(ImageGenerationOptions.StreamingCount), $"Bedrock image models return finished images only; StreamingCount ({streamingCount}) was not used.");
        }

        if (options?.ResponseFormat is ImageGenerationResponseFormat.Uri or ImageGenerationResponseFormat.Hosted)
        {
            warnings.Unsupported(nameof(ImageGenerationOptions.ResponseFormat), "Bedrock returns image bytes; the images are returned as DataContent.");
        }

        // Plan the calls: Canvas/Titan draw up to 5 images a call, Stability one.
        var bodies = new List<byte[]>();
        var mediaType = "image/png";
        if (ImageFamilies.IsStability(family))
        {
            var stability = StabilityRequest.Create(family, request, options, warnings);
            mediaType = stability.MediaType;
            if (count > 1 && (options as BedrockImageGenerationOptions)?.Seed is not null)
            {
                // Stability draws one image a call: the same seed in every call draws the same image.
                warnings.Unsupported("Seed", $"{family} draws one image per call; with a fixed seed all {count} images are the same.");
            }
            for (var i = 0; i < count; i++)
            {
                bodies.Add(stability.Body);
            }
        }
        else
        {
            var canvas = CanvasRequest.Create(family, request, options, warnings);
            if (options?.MediaType is { } wanted && !wanted.Equals("image/png", StringComparison.OrdinalIgnoreCase))
            {
                warnings.Unsupported(nameof(ImageGenerationOptions.MediaType), $"{family} produces png only, not '{wanted}'.");
            }

            if (!canvas.HasConfig)
            {
                bodies.Add(canvas.Write(1));
            }
            else
            {
                var perCall = ImageFamilies.MaxImagesPerCall(family);
                for (var left = count; left > 0; left -= perCall)
                {
                    bodies.Add(canvas.Write(Math.Min(perCall, left)));
                }
            }
        }

        var bedrock = options as BedrockImageGenerationOptions;
        var headers = InvokeModelHeaders.For(bedrock?.GuardrailConfig, bedrock?.Latency, bedrock?.ServiceTier, bedrock?.RequestMetadata, warnings);
        var path = BedrockModelPath.For(modelId, "invoke");
        var results = new ImageCallResult[bodies.Count];
        var requestIds = new string?[bodies.Count];
        await ParallelCalls.RunAsync(bodies.Count, _settings.MaxConcurrency, RunCallAsync, cancellationToken).ConfigureAwait(false);

        var contents = new List<AIContent>();
        var seeds = new List<long>();
        foreach (var result in results)
        {
            foreach (var image in result.Images)
            {
                contents.Add(new DataContent(image, ImageInputs.Sniff(image, mediaType)));
            }

            seeds.AddRange(result.Seeds);
        }

        return new ImageGenerationResponse(contents)
        {
            RawRepresentation = new BedrockImageGenerationDetails(modelId, warnings.Items, seeds, [.. requestIds.OfType<string>()]),
        };

        async Task RunCallAsync(int index, CancellationToken callToken)
        {
            BedrockResponse response;
            try
            {
                response = await _provider.Transport.SendAsync(
                    new BedrockRequest { Path = path, Body = bodies[index], Operation = "InvokeModel", Accept = "application/json", Headers = headers },
                    callToken).ConfigureAwait(false);
            }
            catch (BedrockValidationException ex) when (ex.Message.Contains("content filter", StringComparison.OrdinalIgnoreCase))
            {
                // Nova Canvas and Titan refuse moderated prompts with a 400 ValidationException.
                throw new BedrockContentFilteredException($"Amazon Bedrock moderated the request: {ex.Message}", [ex.Message], ex.RequestId, ex.StatusCode, ex);
            }

            requestIds[index] = response.RequestId;
            results[index] = ImageResponseReader.Read(family, response.Body, response.RequestId);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ImageGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            // A copy: the generator's own settings must not change under it.
            : serviceType == typeof(BedrockImageSettings) ? _settings.Clone()
            : ProviderServices.Get(serviceType, _provider);
    }

    public void Dispose()
    {
        // The provider owns the HTTP client.
    }
}
