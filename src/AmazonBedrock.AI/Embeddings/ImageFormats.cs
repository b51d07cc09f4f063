using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>Image media types Bedrock embedding and image models accept, checked before any call.</summary>
internal static class ImageFormats
{
    /// <summary>Throws unless the content is an image of one of the given media types.</summary>
    public static void Require(DataContent image, string paramName, params string[] mediaTypes)
    {
        ArgumentNullException.ThrowIfNull(image, paramName);
        foreach (var mediaType in mediaTypes)
        {
            if (string.Equals(image.MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        var allowed = mediaTypes.Length == 1 ? mediaTypes[0] : $"{string.Join(", ", mediaTypes[..^1])} or {mediaTypes[^1]}";
        throw new ArgumentException($"{paramName} must be {allowed}, not '{image.MediaType}'.", paramName);
    }
}
