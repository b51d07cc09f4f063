using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AmazonBedrock.AI.Provider;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Images;

/// <summary>A checked Nova Canvas / Titan Image Generator request; <see cref="Write"/> renders it for a number of images.</summary>
[Experimental("MEAI001")]
internal sealed class CanvasRequest
{
    private const int MaxPromptLength = 1024;

    private readonly BedrockImageTaskType _task;
    private readonly string? _prompt;
    private readonly string? _negativeText;
    private readonly string? _style;
    private readonly DataContent[] _images;
    private readonly DataContent? _mask;
    private readonly string? _maskPrompt;
    private readonly string? _outpaintingMode;
    private readonly float? _similarity;
    private readonly string[]? _colors;
    private readonly DataContent? _reference;
    private readonly DataContent? _condition;
    private readonly string? _controlMode;
    private readonly float? _controlStrength;
    private readonly int? _width;
    private readonly int? _height;
    private readonly long? _seed;
    private readonly string? _quality;
    private readonly float? _cfgScale;

    private CanvasRequest(BedrockImageFamily family, ImageGenerationRequest request, ImageGenerationOptions? options, ModelWarnings warnings)
    {
        var b = options as BedrockImageGenerationOptions;
        _images = ImageInputs.From(request.OriginalImages);
        _prompt = string.IsNullOrEmpty(request.Prompt) ? null : request.Prompt;
        if (_prompt is { Length: > MaxPromptLength })
        {
            throw new ArgumentException($"The prompt is {_prompt.Length} characters; {family} takes at most {MaxPromptLength}.", nameof(request));
        }

        _task = b?.TaskType ?? Infer(b, _images);
        HasConfig = _task != BedrockImageTaskType.BackgroundRemoval;
        _negativeText = string.IsNullOrEmpty(b?.NegativeText) ? null : b.NegativeText;
        if (_negativeText is { Length: > MaxPromptLength })
        {
            throw new ArgumentException($"NegativeText is {_negativeText.Length} characters; at most {MaxPromptLength} are allowed.", nameof(options));
        }

        if (b?.AspectRatio is not null)
        {
            warnings.Unsupported(nameof(BedrockImageGenerationOptions.AspectRatio), "This model does not support aspect ratio. Use ImageSize instead.");
        }

        if (b?.Strength is not null)
        {
            warnings.Unsupported(nameof(BedrockImageGenerationOptions.Strength), "Strength applies to Stability image-to-image; use SimilarityStrength for variations.");
        }

        if (b?.Style is { } style)
        {
            if (family != BedrockImageFamily.NovaCanvas)
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.Style), $"{family} has no styles; Style was not sent.");
            }
            else if (_task != BedrockImageTaskType.TextImage)
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.Style), "Style applies to text-to-image only; it was not sent.");
            }
            else
            {
                _style = StyleName(style);
            }
        }

        switch (_task)
        {
            case BedrockImageTaskType.TextImage:
            case BedrockImageTaskType.ColorGuidedGeneration:
                if (_prompt is null)
                {
                    throw new ArgumentException($"{_task} needs a prompt.", nameof(request));
                }

                break;
        }

        // Task-specific inputs; anything the task does not use is reported, never silently dropped.
        var usesImages = _task is not (BedrockImageTaskType.TextImage or BedrockImageTaskType.ColorGuidedGeneration);
        if (_task == BedrockImageTaskType.ImageVariation)
        {
            if (_images.Length is < 1 or > 5)
            {
                throw new ArgumentException($"Image variation takes 1 to 5 input images; got {_images.Length}.", nameof(request));
            }
        }
        else if (usesImages)
        {
            if (_images.Length == 0)
            {
                throw new ArgumentException($"{_task} needs an input image in OriginalImages.", nameof(request));
            }

            if (_images.Length > 1)
            {
                warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, $"{_task} uses one input image; {_images.Length - 1} more were not sent.", "OriginalImages"));
                _images = [_images[0]];
            }
        }

        if (_task == BedrockImageTaskType.ColorGuidedGeneration)
        {
            _colors = Colors(b?.Colors);
            _reference = b?.ReferenceImage ?? (_images.Length > 0 ? _images[0] : null);
            if (_reference is not null)
            {
                ImageInputs.Require(_reference, nameof(BedrockImageGenerationOptions.ReferenceImage));
            }
        }
        else
        {
            if (b?.Colors is { Count: > 0 })
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.Colors), "Colors apply to colour-guided generation only; they were not sent.");
            }

            if (b?.ReferenceImage is not null)
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.ReferenceImage), "ReferenceImage applies to colour-guided generation only; it was not sent.");
            }

            if (_task == BedrockImageTaskType.TextImage && _images.Length > 0)
            {
                warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, "Text-to-image does not use OriginalImages (set ConditionImage to guide the layout); they were not sent.", "OriginalImages"));
            }
        }

        if (_task is BedrockImageTaskType.Inpainting or BedrockImageTaskType.Outpainting)
        {
            _mask = b?.MaskImage;
            _maskPrompt = string.IsNullOrEmpty(b?.MaskPrompt) ? null : b.MaskPrompt;
            if ((_mask is null) == (_maskPrompt is null))
            {
                throw new ArgumentException($"{_task} needs exactly one of MaskImage and MaskPrompt.", nameof(options));
            }

            if (_mask is not null)
            {
                ImageInputs.Require(_mask, nameof(BedrockImageGenerationOptions.MaskImage));
            }
        }
        else if (b?.MaskImage is not null || !string.IsNullOrEmpty(b?.MaskPrompt))
        {
            warnings.Unsupported(b?.MaskImage is not null ? nameof(BedrockImageGenerationOptions.MaskImage) : nameof(BedrockImageGenerationOptions.MaskPrompt), "Masks apply to inpainting and outpainting only; the mask was not sent.");
        }

        if (b?.OutpaintingMode is { } mode)
        {
            if (_task == BedrockImageTaskType.Outpainting)
            {
                _outpaintingMode = mode == BedrockOutpaintingMode.Precise ? "PRECISE" : "DEFAULT";
            }
            else
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.OutpaintingMode), "OutpaintingMode applies to outpainting only; it was not sent.");
            }
        }

        if (b?.SimilarityStrength is { } similarity)
        {
            if (_task == BedrockImageTaskType.ImageVariation)
            {
                _similarity = similarity is >= 0.2f and <= 1f ? similarity
                    : throw new ArgumentOutOfRangeException(nameof(options), similarity, "SimilarityStrength must be between 0.2 and 1.0.");
            }
            else
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.SimilarityStrength), "SimilarityStrength applies to image variation only; it was not sent.");
            }
        }

        if (b?.ConditionImage is { } condition)
        {
            if (_task == BedrockImageTaskType.TextImage)
            {
                ImageInputs.Require(condition, nameof(BedrockImageGenerationOptions.ConditionImage));
                _condition = condition;
                _controlMode = b.ControlMode switch
                {
                    BedrockImageControlMode.Segmentation => "SEGMENTATION",
                    BedrockImageControlMode.CannyEdge => "CANNY_EDGE",
                    _ => null,
                };
                _controlStrength = b.ControlStrength is null or (>= 0f and <= 1f) ? b.ControlStrength
                    : throw new ArgumentOutOfRangeException(nameof(options), b.ControlStrength, "ControlStrength must be between 0 and 1.");
            }
            else
            {
                warnings.Unsupported(nameof(BedrockImageGenerationOptions.ConditionImage), "ConditionImage applies to text-to-image only; it was not sent.");
            }
        }
        else if (b?.ControlMode is not null || b?.ControlStrength is not null)
        {
            warnings.Unsupported(b?.ControlMode is not null ? nameof(BedrockImageGenerationOptions.ControlMode) : nameof(BedrockImageGenerationOptions.ControlStrength), "ControlMode and ControlStrength need a ConditionImage; they were not sent.");
        }

        // imageGenerationConfig; background removal takes none.
        var size = options?.ImageSize;
        var seed = b?.Seed;
        var quality = b?.Quality;
        var cfg = b?.CfgScale;
        if (!HasConfig)
        {
            foreach (var (set, name) in new[] { (size is not null, "ImageSize"), (seed is not null, "Seed"), (quality is not null, "Quality"), (cfg is not null, "CfgScale"), (options?.Count is > 1, "Count") })
            {
                if (set)
                {
                    warnings.Unsupported(name, $"Background removal takes no generation settings; {name} was not sent.");
                }
            }

            if (_negativeText is not null || _prompt is not null)
            {
                warnings.Add(new BedrockWarning(BedrockWarning.DroppedContent, "Background removal takes no prompt or negative text; they were not sent.", "Prompt"));
            }

            return;
        }

        if (size is { } s)
        {
            if (s.Width <= 0 || s.Height <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), s, "ImageSize must be positive.");
            }

            if (family == BedrockImageFamily.NovaCanvas)
            {
                CheckCanvasSize(s.Width, s.Height);
            }

            _width = s.Width;
            _height = s.Height;
        }

        if (seed is { } value)
        {
            var max = ImageFamilies.MaxSeed(family);
            _seed = value >= 0 && value <= max ? value : throw new ArgumentOutOfRangeException(nameof(options), value, $"{family} takes a Seed from 0 to {max}.");
        }

        _quality = quality switch
        {
            BedrockImageQuality.Premium => "premium",
            BedrockImageQuality.Standard => "standard",
            _ => null,
        };
        _cfgScale = cfg;
    }

    /// <summary>Whether the body carries <c>imageGenerationConfig</c> (and so a number of images).</summary>
    public bool HasConfig { get; }

    public static CanvasRequest Create(BedrockImageFamily family, ImageGenerationRequest request, ImageGenerationOptions? options, ModelWarnings warnings) =>
        new(family, request, options, warnings);

    public byte[] Write(int numberOfImages) => BodyJson.Write((this, numberOfImages), static (writer, state) => state.Item1.WriteBody(writer, state.numberOfImages));

    private static BedrockImageTaskType Infer(BedrockImageGenerationOptions? options, DataContent[] images)
    {
        if (images.Length == 0)
        {
            return options?.Colors is { Count: > 0 } ? BedrockImageTaskType.ColorGuidedGeneration : BedrockImageTaskType.TextImage;
        }

        return options?.MaskImage is not null || !string.IsNullOrEmpty(options?.MaskPrompt) ? BedrockImageTaskType.Inpainting : BedrockImageTaskType.ImageVariation;
    }

    private static void CheckCanvasSize(int width, int height)
    {
        // Nova Canvas: each side 320–4096 and a multiple of 16, aspect ratio within 1:4–4:1, fewer than 4,194,304 pixels.
        if (width is < 320 or > 4096 || height is < 320 or > 4096 || width % 16 != 0 || height % 16 != 0
            || width > 4 * height || height > 4 * width || (long)width * height >= 4_194_304)
        {
            throw new ArgumentOutOfRangeException("options", $"{width}x{height}", "Nova Canvas takes sides of 320–4096 pixels in multiples of 16, an aspect ratio within 1:4 and 4:1, and fewer than 4,194,304 pixels.");
        }
    }

    private static string[] Colors(IList<string>? colors)
    {
        if (colors is not { Count: >= 1 and <= 10 })
        {
            throw new ArgumentException("Colour-guided generation takes 1 to 10 Colors.", nameof(colors));
        }

        foreach (var color in colors)
        {
            if (color is not { Length: 7 } || color[0] != '#' || color.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF"))
            {
                throw new ArgumentException($"Colors must be hex values like '#FF8800'; got '{color}'.", nameof(colors));
            }
        }

        return [.. colors];
    }

    private static string StyleName(BedrockImageStyle style) => style switch
    {
        BedrockImageStyle.AnimatedFamilyFilm3D => "3D_ANIMATED_FAMILY_FILM",
        BedrockImageStyle.DesignSketch => "DESIGN_SKETCH",
        BedrockImageStyle.FlatVectorIllustration => "FLAT_VECTOR_ILLUSTRATION",
        BedrockImageStyle.GraphicNovelIllustration => "GRAPHIC_NOVEL_ILLUSTRATION",
        BedrockImageStyle.Maximalism => "MAXIMALISM",
        BedrockImageStyle.MidcenturyRetro => "MIDCENTURY_RETRO",
        BedrockImageStyle.Photorealism => "PHOTOREALISM",
        _ => "SOFT_DIGITAL_PAINTING",
    };

    private void WriteBody(Utf8JsonWriter writer, int numberOfImages)
    {
        writer.WriteStartObject();
        switch (_task)
        {
            case BedrockImageTaskType.TextImage:
                writer.WriteString("taskType", "TEXT_IMAGE");
                writer.WriteStartObject("textToImageParams");
                WritePrompts(writer);
                WriteOptional(writer, "style", _style);
                if (_condition is not null)
                {
                    writer.WriteString("conditionImage", _condition.Base64Data.Span);
                    WriteOptional(writer, "controlMode", _controlMode);
                    if (_controlStrength is { } strength)
                    {
                        writer.WriteNumber("controlStrength", strength);
                    }
                }

                writer.WriteEndObject();
                break;
            case BedrockImageTaskType.ColorGuidedGeneration:
                writer.WriteString("taskType", "COLOR_GUIDED_GENERATION");
                writer.WriteStartObject("colorGuidedGenerationParams");
                WritePrompts(writer);
                writer.WriteStartArray("colors");
                foreach (var color in _colors!)
                {
                    writer.WriteStringValue(color);
                }

                writer.WriteEndArray();
                if (_reference is not null)
                {
                    writer.WriteString("referenceImage", _reference.Base64Data.Span);
                }

                writer.WriteEndObject();
                break;
            case BedrockImageTaskType.ImageVariation:
                writer.WriteString("taskType", "IMAGE_VARIATION");
                writer.WriteStartObject("imageVariationParams");
                writer.WriteStartArray("images");
                foreach (var image in _images)
                {
                    writer.WriteStringValue(image.Base64Data.Span);
                }

                writer.WriteEndArray();
                WritePrompts(writer);
                if (_similarity is { } similarity)
                {
                    writer.WriteNumber("similarityStrength", similarity);
                }

                writer.WriteEndObject();
                break;
            case BedrockImageTaskType.Inpainting:
            case BedrockImageTaskType.Outpainting:
                var inpainting = _task == BedrockImageTaskType.Inpainting;
                writer.WriteString("taskType", inpainting ? "INPAINTING" : "OUTPAINTING");
                writer.WriteStartObject(inpainting ? "inPaintingParams" : "outPaintingParams");
                writer.WriteString("image", _images[0].Base64Data.Span);
                WritePrompts(writer);
                if (_mask is not null)
                {
                    writer.WriteString("maskImage", _mask.Base64Data.Span);
                }
                else
                {
                    writer.WriteString("maskPrompt", _maskPrompt);
                }

                WriteOptional(writer, "outPaintingMode", _outpaintingMode);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteString("taskType", "BACKGROUND_REMOVAL");
                writer.WriteStartObject("backgroundRemovalParams");
                writer.WriteString("image", _images[0].Base64Data.Span);
                writer.WriteEndObject();
                break;
        }

        if (HasConfig)
        {
            writer.WriteStartObject("imageGenerationConfig");
            if (_width is { } width && _height is { } height)
            {
                writer.WriteNumber("width", width);
                writer.WriteNumber("height", height);
            }

            if (_seed is { } seed)
            {
                writer.WriteNumber("seed", seed);
            }

            writer.WriteNumber("numberOfImages", numberOfImages);
            WriteOptional(writer, "quality", _quality);
            if (_cfgScale is { } cfg)
            {
                writer.WriteNumber("cfgScale", cfg);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WritePrompts(Utf8JsonWriter writer)
    {
        WriteOptional(writer, "text", _prompt);
        WriteOptional(writer, "negativeText", _negativeText);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
