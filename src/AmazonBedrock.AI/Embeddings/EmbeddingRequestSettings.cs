using AmazonBedrock.AI.Provider;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>The settings of one GenerateAsync call, checked against the family and turned into wire values.</summary>
internal sealed class EmbeddingRequestSettings
{
    public required BedrockEmbeddingFamily Family { get; init; }

    public int? Dimensions { get; init; }

    public bool? Normalize { get; init; }

    /// <summary>Cohere <c>input_type</c>.</summary>
    public string? InputType { get; init; }

    /// <summary>Nova <c>embeddingPurpose</c>.</summary>
    public string? Purpose { get; init; }

    /// <summary>Cohere <c>truncate</c> or Nova <c>truncationMode</c>.</summary>
    public string? Truncation { get; init; }

    /// <summary>Titan <c>embeddingTypes</c> or Cohere <c>embedding_types</c>; float first.</summary>
    public string[]? EmbeddingTypes { get; init; }

    /// <summary>Nova image <c>detailLevel</c>.</summary>
    public string? ImageDetail { get; init; }

    public static EmbeddingRequestSettings Resolve(BedrockEmbeddingFamily family, EmbeddingGenerationOptions? options, int? defaultDimensions, bool images, ModelWarnings warnings)
    {
        var bedrock = options as BedrockEmbeddingOptions;
        warnings.NotForwarded(nameof(EmbeddingGenerationOptions), options?.AdditionalProperties, options?.RawRepresentationFactory is not null);
        var dimensions = options?.Dimensions ?? defaultDimensions;
        var allowed = EmbeddingFamilies.AllowedDimensions(family);
        if (dimensions is { } d)
        {
            if (allowed.Length == 0)
            {
                warnings.Unsupported(nameof(EmbeddingGenerationOptions.Dimensions), $"{family} embeddings have a fixed size; Dimensions ({d}) was not sent.");
                dimensions = null;
            }
            else if (Array.IndexOf(allowed, d) < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), d, $"{family} embeddings take Dimensions of {string.Join(", ", allowed)}.");
            }
        }
        else if (family == BedrockEmbeddingFamily.NovaMultimodal)
        {
            // Nova needs a dimension in practice; the AI SDK sends 1024 and so do we.
            dimensions = 1024;
        }

        bool? normalize = bedrock?.Normalize;
        if (normalize is not null && family != BedrockEmbeddingFamily.TitanTextV2)
        {
            warnings.Unsupported(nameof(BedrockEmbeddingOptions.Normalize), $"{family} embeddings do not take 'normalize'; it was not sent.");
            normalize = null;
        }

        var isCohere = family is BedrockEmbeddingFamily.CohereV3 or BedrockEmbeddingFamily.CohereV4;
        string? inputType = null;
        if (isCohere)
        {
            inputType = ResolveInputType(family, bedrock?.InputType, images, warnings);
        }
        else if (bedrock?.InputType is not null)
        {
            warnings.Unsupported(nameof(BedrockEmbeddingOptions.InputType), $"{family} embeddings do not take an input type; it was not sent{(family == BedrockEmbeddingFamily.NovaMultimodal ? " (use Purpose)" : string.Empty)}.");
        }

        string? purpose = null;
        if (family == BedrockEmbeddingFamily.NovaMultimodal)
        {
            purpose = PurposeName(bedrock?.Purpose ?? BedrockEmbeddingPurpose.GenericIndex);
        }
        else if (bedrock?.Purpose is not null)
        {
            warnings.Unsupported(nameof(BedrockEmbeddingOptions.Purpose), $"{family} embeddings do not take an embedding purpose; it was not sent.");
        }

        string? truncation = null;
        if (isCohere)
        {
            truncation = bedrock?.Truncation is { } t ? TruncationName(t, family) : null;
        }
        else if (family == BedrockEmbeddingFamily.NovaMultimodal)
        {
            truncation = TruncationName(bedrock?.Truncation ?? BedrockEmbeddingTruncation.End, family);
        }
        else if (bedrock?.Truncation is not null)
        {
            warnings.Unsupported(nameof(BedrockEmbeddingOptions.Truncation), $"{family} embeddings do not take a truncation mode; it was not sent.");
        }

        string[]? types = null;
        if (bedrock?.EmbeddingTypes is { Count: > 0 } requested)
        {
            if (family == BedrockEmbeddingFamily.TitanTextV2 || isCohere)
            {
                types = ResolveTypes(family, requested);
            }
            else
            {
                warnings.Unsupported(nameof(BedrockEmbeddingOptions.EmbeddingTypes), $"{family} embeddings return floats only; EmbeddingTypes was not sent.");
            }
        }

        string? detail = null;
        if (bedrock?.ImageDetail is { } imageDetail)
        {
            if (family == BedrockEmbeddingFamily.NovaMultimodal && images)
            {
                detail = imageDetail == BedrockEmbeddingImageDetail.Document ? "DOCUMENT_IMAGE" : "STANDARD_IMAGE";
            }
            else
            {
                warnings.Unsupported(nameof(BedrockEmbeddingOptions.ImageDetail), "ImageDetail applies to Nova image embeddings only; it was not sent.");
            }
        }

        return new EmbeddingRequestSettings
        {
            Family = family,
            Dimensions = dimensions,
            Normalize = normalize,
            InputType = inputType,
            Purpose = purpose,
            Truncation = truncation,
            EmbeddingTypes = types,
            ImageDetail = detail,
        };
    }

    private static string ResolveInputType(BedrockEmbeddingFamily family, BedrockEmbeddingInputType? requested, bool images, ModelWarnings warnings)
    {
        if (images && family == BedrockEmbeddingFamily.CohereV3)
        {
            // Embed v3 embeds images only with input_type "image".
            if (requested is { } other && other != BedrockEmbeddingInputType.Image)
            {
                warnings.Add(new BedrockWarning(BedrockWarning.AdjustedSetting, $"Cohere Embed v3 embeds images only with input_type 'image'; {other} was replaced.", nameof(BedrockEmbeddingOptions.InputType)));
            }

            return "image";
        }

        var type = requested ?? (images ? BedrockEmbeddingInputType.SearchDocument : BedrockEmbeddingInputType.SearchQuery);
        if (type == BedrockEmbeddingInputType.Image && (family == BedrockEmbeddingFamily.CohereV4 || !images))
        {
            throw new ArgumentException($"Input type 'image' is only valid for image inputs to Cohere Embed v3.", nameof(requested));
        }

        return type switch
        {
            BedrockEmbeddingInputType.SearchDocument => "search_document",
            BedrockEmbeddingInputType.Classification => "classification",
            BedrockEmbeddingInputType.Clustering => "clustering",
            BedrockEmbeddingInputType.Image => "image",
            _ => "search_query",
        };
    }

    private static string PurposeName(BedrockEmbeddingPurpose purpose) => purpose switch
    {
        BedrockEmbeddingPurpose.GenericRetrieval => "GENERIC_RETRIEVAL",
        BedrockEmbeddingPurpose.TextRetrieval => "TEXT_RETRIEVAL",
        BedrockEmbeddingPurpose.ImageRetrieval => "IMAGE_RETRIEVAL",
        BedrockEmbeddingPurpose.VideoRetrieval => "VIDEO_RETRIEVAL",
        BedrockEmbeddingPurpose.DocumentRetrieval => "DOCUMENT_RETRIEVAL",
        BedrockEmbeddingPurpose.AudioRetrieval => "AUDIO_RETRIEVAL",
        BedrockEmbeddingPurpose.Classification => "CLASSIFICATION",
        BedrockEmbeddingPurpose.Clustering => "CLUSTERING",
        _ => "GENERIC_INDEX",
    };

    // Cohere Embed v4 documents LEFT/RIGHT where v3 and Nova use START/END.
    private static string TruncationName(BedrockEmbeddingTruncation truncation, BedrockEmbeddingFamily family) => (truncation, family) switch
    {
        (BedrockEmbeddingTruncation.None, _) => "NONE",
        (BedrockEmbeddingTruncation.Start, BedrockEmbeddingFamily.CohereV4) => "LEFT",
        (BedrockEmbeddingTruncation.End, BedrockEmbeddingFamily.CohereV4) => "RIGHT",
        (BedrockEmbeddingTruncation.Start, _) => "START",
        _ => "END",
    };

    private static string[] ResolveTypes(BedrockEmbeddingFamily family, IList<BedrockEmbeddingType> requested)
    {
        var names = new List<string> { "float" };
        foreach (var type in requested)
        {
            if (family == BedrockEmbeddingFamily.TitanTextV2 && type is not (BedrockEmbeddingType.Float or BedrockEmbeddingType.Binary))
            {
                throw new ArgumentException($"Titan Text V2 returns only float and binary embeddings, not {type}.", nameof(requested));
            }

            var name = TypeName(type);
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    public static string TypeName(BedrockEmbeddingType type) => type switch
    {
        BedrockEmbeddingType.Int8 => "int8",
        BedrockEmbeddingType.UInt8 => "uint8",
        BedrockEmbeddingType.Binary => "binary",
        BedrockEmbeddingType.UBinary => "ubinary",
        _ => "float",
    };
}
