using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// <see cref="ImageGenerationOptions"/> with the Bedrock settings MEAI has no slot for. <see cref="ImageGenerationOptions.Count"/>,
/// <see cref="ImageGenerationOptions.ImageSize"/> and <see cref="ImageGenerationOptions.MediaType"/> are honoured where the model can.
/// A setting the model family cannot take is not sent and produces a <see cref="BedrockWarning"/>.
/// </summary>
[Experimental("MEAI001")]
public class BedrockImageGenerationOptions : ImageGenerationOptions
{
    /// <summary>Creates empty options.</summary>
    public BedrockImageGenerationOptions()
    {
    }

    /// <summary>Copies options.</summary>
    /// <param name="other">The options to copy.</param>
    protected BedrockImageGenerationOptions(BedrockImageGenerationOptions? other)
        : base(other)
    {
        if (other is null)
        {
            return;
        }

        TaskType = other.TaskType;
        NegativeText = other.NegativeText;
        Style = other.Style;
        Quality = other.Quality;
        CfgScale = other.CfgScale;
        Seed = other.Seed;
        SimilarityStrength = other.SimilarityStrength;
        MaskImage = other.MaskImage;
        MaskPrompt = other.MaskPrompt;
        OutpaintingMode = other.OutpaintingMode;
        Colors = other.Colors is null ? null : [.. other.Colors];
        ReferenceImage = other.ReferenceImage;
        ConditionImage = other.ConditionImage;
        ControlMode = other.ControlMode;
        ControlStrength = other.ControlStrength;
        AspectRatio = other.AspectRatio;
        Strength = other.Strength;
        GuardrailConfig = other.GuardrailConfig?.Clone();
        Latency = other.Latency;
        ServiceTier = other.ServiceTier;
        RequestMetadata = other.RequestMetadata is null ? null : new Dictionary<string, string>(other.RequestMetadata);
    }

    /// <summary>
    /// The Canvas/Titan task. When unset: no input images → <see cref="BedrockImageTaskType.TextImage"/> (or
    /// <see cref="BedrockImageTaskType.ColorGuidedGeneration"/> when <see cref="Colors"/> are given); input images with a mask image or
    /// mask prompt → <see cref="BedrockImageTaskType.Inpainting"/>; input images alone → <see cref="BedrockImageTaskType.ImageVariation"/>.
    /// </summary>
    public BedrockImageTaskType? TaskType { get; set; }

    /// <summary>What not to draw (Canvas/Titan <c>negativeText</c>, Stability <c>negative_prompt</c>).</summary>
    public string? NegativeText { get; set; }

    /// <summary>A visual style (Nova Canvas text to image only).</summary>
    public BedrockImageStyle? Style { get; set; }

    /// <summary>Canvas/Titan <c>quality</c>.</summary>
    public BedrockImageQuality? Quality { get; set; }

    /// <summary>How strictly to follow the prompt (Canvas/Titan <c>cfgScale</c>, 1.1–10). Zero is sent as given.</summary>
    public float? CfgScale { get; set; }

    /// <summary>The seed (Canvas 0–858,993,459; Titan 0–2,147,483,646; Stability 0–4,294,967,294). Zero is sent as given.</summary>
    public long? Seed { get; set; }

    /// <summary>How close variations stay to the input images (<c>similarityStrength</c>, 0.2–1.0).</summary>
    public float? SimilarityStrength { get; set; }

    /// <summary>The mask for inpainting/outpainting: black marks the area to change (png or jpeg).</summary>
    public DataContent? MaskImage { get; set; }

    /// <summary>A description of the area to change, instead of <see cref="MaskImage"/>.</summary>
    public string? MaskPrompt { get; set; }

    /// <summary>The outpainting mode.</summary>
    public BedrockOutpaintingMode? OutpaintingMode { get; set; }

    /// <summary>Up to 10 colours as <c>#RRGGBB</c> for colour-guided generation.</summary>
    public IList<string>? Colors { get; set; }

    /// <summary>An image whose colours guide colour-guided generation.</summary>
    public DataContent? ReferenceImage { get; set; }

    /// <summary>An image whose layout guides text to image (<c>conditionImage</c>).</summary>
    public DataContent? ConditionImage { get; set; }

    /// <summary>How <see cref="ConditionImage"/> guides the image.</summary>
    public BedrockImageControlMode? ControlMode { get; set; }

    /// <summary>How strongly <see cref="ConditionImage"/> guides the image (0–1).</summary>
    public float? ControlStrength { get; set; }

    /// <summary>Stability <c>aspect_ratio</c> (16:9, 1:1, 21:9, 2:3, 3:2, 4:5, 5:4, 9:16, 9:21), text to image only.</summary>
    public string? AspectRatio { get; set; }

    /// <summary>Stability image-to-image <c>strength</c> (0–1): how much the input image may change.</summary>
    public float? Strength { get; set; }

    /// <summary>A guardrail for the call (<c>X-Amzn-Bedrock-GuardrailIdentifier</c>, <c>-GuardrailVersion</c>, and <c>X-Amzn-Bedrock-Trace</c> from its trace setting).</summary>
    public BedrockGuardrailConfig? GuardrailConfig { get; set; }

    /// <summary>The latency profile (<c>X-Amzn-Bedrock-PerformanceConfig-Latency</c>).</summary>
    public BedrockLatency? Latency { get; set; }

    /// <summary>The service tier (<c>X-Amzn-Bedrock-Service-Tier</c>), for example <see cref="BedrockServiceTier.Flex"/> for large, unhurried jobs.</summary>
    public BedrockServiceTier? ServiceTier { get; set; }

    /// <summary>Key-value pairs for invocation logs (<c>X-Amzn-Bedrock-Request-Metadata</c>); keys 1-256 and values up to 256 characters.</summary>
    public IDictionary<string, string>? RequestMetadata { get; set; }

    /// <inheritdoc />
    public override ImageGenerationOptions Clone() => new BedrockImageGenerationOptions(this);
}
