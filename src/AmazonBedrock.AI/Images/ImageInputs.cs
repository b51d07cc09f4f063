using AmazonBedrock.AI.Chat.Request;
using AmazonBedrock.AI.Embeddings;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Images;

/// <summary>Checks input images before any call: bytes only (Bedrock cannot fetch URLs), png or jpeg.</summary>
internal static class ImageInputs
{
    public static DataContent[] From(IEnumerable<AIContent>? contents)
    {
        if (contents is null)
        {
            return [];
        }

        var images = new List<DataContent>();
        foreach (var content in contents)
        {
            switch (content)
            {
                case null:
                    throw new ArgumentException("An original image is null.", nameof(contents));
                case DataContent data:
                    Require(data, "OriginalImages");
                    images.Add(data);
                    break;
                case UriContent:
                    throw new ArgumentException("URL-based images are not supported by Bedrock image models; pass the image bytes as DataContent.", nameof(contents));
                default:
                    throw new ArgumentException($"Original images must be DataContent, not {content.GetType().Name}.", nameof(contents));
            }
        }

        return [.. images];
    }

    /// <summary>Throws unless <paramref name="image"/> is png or jpeg, the types every Bedrock image model reads.</summary>
    public static void Require(DataContent image, string what) => ImageFormats.Require(image, what, "image/png", "image/jpeg");

    /// <summary>The media type of image bytes from their signature, or the fallback.</summary>
    public static string Sniff(ReadOnlySpan<byte> bytes, string fallback) =>
        MediaFormats.SniffImage(bytes) is { } format ? "image/" + format : fallback;
}
