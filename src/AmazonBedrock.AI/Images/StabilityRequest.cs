using System.Diagnostics.CodeAnalysis;
using AmazonBedrock.AI.Provider;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Images;

/// <summary>A checked request for the Stability AI models on Bedrock (one image per call).</summary>
[Experimental("MEAI001")]
internal sealed class StabilityRequest
{
    private const int MaxPromptLength = 10_000;
    private static readonly string[] AspectRatios = ["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"];

    private StabilityRequest(BedrockImageFamily family, ImageGenerationRequest request, ImageGenerationOptions? options, ModelWarnings warnings)
    {
        var b = options as BedrockImageGenerationOptions;
        if (string.IsNullOrEmpty(request.Prompt))
        {
            throw new ArgumentException($"{family} needs a prompt.", nameof(request));
        }

        if (request.Prompt.Length > MaxPromptLength)
        {
            throw new ArgumentException($"The prompt is {request.Prompt.Length} characters; {family} takes at most {MaxPromptLength}.", nameof(request));
        }

        var images = ImageInputs.From(request.OriginalImages);
        if (images.Length > 0 && family == BedrockImageFamily.StableImageCore)
        {
            throw new ArgumentException("Stable Image Core generates from text only; it takes no input image.", nameof(request));
        }

        if (images.Length > 1)
        {
            warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, $"{family} uses one input image; {images.Length - 1} more were not sent.", "OriginalImages"));
        }

        var image = images.Length > 0 ? images[0] : null;
        float? strength = null;
        if (image is not null)
        {
            // Image to image needs a strength; 0.35 keeps the input recognisable.
            strength = b?.Strength ?? 0.35f;
            if (strength is < 0f or > 1f)
            {
                throw new ArgumentOutOfRangeException(nameof(options), strength, "Strength must be between 0 and 1.");
            }
        }
        else if (b?.Strength is not null)
        {
            warnings.Unsupported(nameof(BedrockImageGenerationOptions.Strength), "Strength applies to image-to-image only; it was not sent.");
        }

        string? aspectRatio = null;
        if (b?.AspectRatio is { } ratio)
        {
            if (Array.IndexOf(AspectRatios, ratio) < 0)
            {
                throw new ArgumentException($"AspectRatio must be one of {string.Join(", ", AspectRatios)}; got '{ratio}'.", nameof(options));
            }

            if (image is null)
            {
                aspectRatio = ratio;
            }
            else
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.AspectRatio), "Image-to-image keeps the input's aspect ratio; AspectRatio was not sent.");
            }
        }

        if (options?.ImageSize is { } size)
        {
            warnings.Unsupported(nameof(ImageGenerationOptions.ImageSize), $"{family} does not take a size ({size.Width}x{size.Height}); use AspectRatio instead.");
        }

        long? seed = null;
        if (b?.Seed is { } value)
        {
            var max = ImageFamilies.MaxSeed(family);
            seed = value >= 0 && value <= max ? value : throw new ArgumentOutOfRangeException(nameof(options), value, $"{family} takes a Seed from 0 to {max}.");
        }

        string? format = null;
        MediaType = "image/png";
        if (options?.MediaType is { } mediaType)
        {
            format = mediaType.ToUpperInvariant() switch
            {
                "IMAGE/PNG" => "png",
                "IMAGE/JPEG" or "IMAGE/JPG" => "jpeg",
                "IMAGE/WEBP" => "webp",
                _ => null,
            };
            if (format is null)
            {
                warnings.Unsupported(nameof(ImageGenerationOptions.MediaType), $"{family} produces png, jpeg or webp, not '{mediaType}'; png was produced.");
            }
            else
            {
                MediaType = "image/" + format;
            }
        }

        foreach (var (set, name) in new[]
        {
            (b?.Style is not null, nameof(BedrockImageGenerationOptions.Style)),
            (b?.Quality is not null, nameof(BedrockImageGenerationOptions.Quality)),
            (b?.CfgScale is not null, nameof(BedrockImageGenerationOptions.CfgScale)),
            (b?.TaskType is not null, nameof(BedrockImageGenerationOptions.TaskType)),
            (b?.SimilarityStrength is not null, nameof(BedrockImageGenerationOptions.SimilarityStrength)),
            (b?.MaskImage is not null || b?.MaskPrompt is not null, "Mask"),
            (b?.OutpaintingMode is not null, nameof(BedrockImageGenerationOptions.OutpaintingMode)),
            (b?.Colors is { Count: > 0 } || b?.ReferenceImage is not null, nameof(BedrockImageGenerationOptions.Colors)),
            (b?.ConditionImage is not null || b?.ControlMode is not null || b?.ControlStrength is not null, nameof(BedrockImageGenerationOptions.ConditionImage)),
        })
        {
            if (set)
            {
                warnings.Unsupported(name, $"{family} does not take {name}; it was not sent.");
            }
        }

        var prompt = request.Prompt;
        var negative = string.IsNullOrEmpty(b?.NegativeText) ? null : b.NegativeText;
        Body = BodyJson.Write(0, (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteString("prompt", prompt);
            if (negative is not null)
            {
                writer.WriteString("negative_prompt", negative);
            }

            if (image is not null)
            {
                if (family == BedrockImageFamily.StableDiffusion35Large)
                {
                    writer.WriteString("mode", "image-to-image");
                }

                writer.WriteString("image", image.Base64Data.Span);
                writer.WriteNumber("strength", strength!.Value);
            }

            if (aspectRatio is not null)
            {
                writer.WriteString("aspect_ratio", aspectRatio);
            }

            if (seed is { } s)
            {
                writer.WriteNumber("seed", s);
            }

            if (format is not null)
            {
                writer.WriteString("output_format", format);
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>The body, the same for every call.</summary>
    public byte[] Body { get; }

    /// <summary>The media type the images come back in.</summary>
    public string MediaType { get; }

    public static StabilityRequest Create(BedrockImageFamily family, ImageGenerationRequest request, ImageGenerationOptions? options, ModelWarnings warnings) =>
        new(family, request, options, warnings);
}
