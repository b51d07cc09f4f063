using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// Content a guardrail evaluates selectively (Converse <c>guardContent</c>): text with optional qualifiers, or a PNG/JPEG
/// image. Without guard content in a request the guardrail checks every message. Allowed in user and system messages.
/// </summary>
public sealed class BedrockGuardContent : AIContent
{
    /// <summary>Guarded text.</summary>
    public BedrockGuardContent(string text, params IEnumerable<BedrockGuardContentQualifier> qualifiers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(qualifiers);
        Text = text;
        Qualifiers = [.. qualifiers];
    }

    /// <summary>A guarded image (image/png or image/jpeg bytes).</summary>
    public BedrockGuardContent(DataContent image)
    {
        ArgumentNullException.ThrowIfNull(image);
        Image = image;
        Qualifiers = [];
    }

    /// <summary>The guarded text, when this is text.</summary>
    public string? Text { get; }

    /// <summary>The guarded image, when this is an image.</summary>
    public DataContent? Image { get; }

    /// <summary>The qualifiers of the text.</summary>
    public IReadOnlyList<BedrockGuardContentQualifier> Qualifiers { get; }
}
