using AmazonBedrock.AI.Chat.Request;

namespace AmazonBedrock.AI;

/// <summary>The media types Bedrock accepts in chat content, by file extension (images, documents, video, audio).</summary>
public static class BedrockMediaTypes
{
    /// <summary>The file extensions (with their dot) that <see cref="FromFileName"/> recognises.</summary>
    public static IEnumerable<string> KnownExtensions => MediaFormats.KnownExtensions;

    /// <summary>
    /// The media type for a file name or path (<c>report.pdf</c> → <c>application/pdf</c>), or <see langword="null"/> when Bedrock
    /// takes no such file. Use it to build a <c>DataContent</c> from a file.
    /// </summary>
    public static string? FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return MediaFormats.FromExtension(fileName);
    }
}
