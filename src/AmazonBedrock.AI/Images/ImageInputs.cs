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
    public static string Sniff(ReadOnlySpan<byte> bytes, string fallback)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "image/png";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return fallback;
    }
}
