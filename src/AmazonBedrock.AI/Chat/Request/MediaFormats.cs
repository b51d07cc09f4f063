namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Media types Bedrock accepts and the Converse <c>format</c> each one becomes.</summary>
internal static class MediaFormats
{
    private static readonly Dictionary<string, string> ImageFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png",
        ["image/jpeg"] = "jpeg",
        ["image/jpg"] = "jpeg",
        ["image/pjpeg"] = "jpeg",
        ["image/gif"] = "gif",
        ["image/webp"] = "webp",
    };

    private static readonly Dictionary<string, string> VideoFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["video/x-matroska"] = "mkv",
        ["video/quicktime"] = "mov",
        ["video/mp4"] = "mp4",
        ["video/webm"] = "webm",
        ["video/x-flv"] = "flv",
        ["video/mpeg"] = "mpeg",
        ["video/mpg"] = "mpg",
        ["video/wmv"] = "wmv",
        ["video/x-ms-wmv"] = "wmv",
        ["video/3gpp"] = "three_gp",
    };

    private static readonly Dictionary<string, string> AudioFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/mpeg"] = "mp3",
        ["audio/mp3"] = "mp3",
        ["audio/opus"] = "opus",
        ["audio/wav"] = "wav",
        ["audio/x-wav"] = "wav",
        ["audio/wave"] = "wav",
        ["audio/aac"] = "aac",
        ["audio/x-aac"] = "x-aac",
        ["audio/flac"] = "flac",
        ["audio/x-flac"] = "flac",
        ["audio/mp4"] = "mp4",
        ["audio/x-m4a"] = "m4a",
        ["audio/m4a"] = "m4a",
        ["audio/ogg"] = "ogg",
        ["audio/webm"] = "webm",
        ["audio/x-matroska"] = "mka",
        ["audio/pcm"] = "pcm",
        ["audio/l16"] = "pcm",
    };

    private static readonly Dictionary<string, string> DocumentFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "pdf",
        ["text/csv"] = "csv",
        ["application/msword"] = "doc",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "docx",
        ["application/vnd.ms-excel"] = "xls",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "xlsx",
        ["text/html"] = "html",
        ["text/plain"] = "txt",
        ["text/markdown"] = "md",
        ["text/x-markdown"] = "md",
    };

    // For downloads without a usable Content-Type.
    private static readonly Dictionary<string, string> ExtensionMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".mkv"] = "video/x-matroska",
        [".mov"] = "video/quicktime",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".flv"] = "video/x-flv",
        [".mpeg"] = "video/mpeg",
        [".mpg"] = "video/mpeg",
        [".wmv"] = "video/x-ms-wmv",
        [".3gp"] = "video/3gpp",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".flac"] = "audio/flac",
        [".ogg"] = "audio/ogg",
        [".m4a"] = "audio/x-m4a",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
    };

    /// <summary>The block kind and format for <paramref name="mediaType"/>; a clear exception naming the allowed types otherwise.</summary>
    public static (MediaKind Kind, string Format) Resolve(string mediaType, ReadOnlySpan<byte> bytes = default)
    {
        var type = StripParameters(mediaType);
        if (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            if (ImageFormats.TryGetValue(type, out var image) || (IsWildcard(type) && SniffImage(bytes) is { } sniffed && (image = sniffed) is not null))
            {
                return (MediaKind.Image, image);
            }

            throw Unsupported("image", mediaType, ImageFormats.Keys);
        }

        if (type.StartsWith("video/", StringComparison.OrdinalIgnoreCase))
        {
            return VideoFormats.TryGetValue(type, out var video) ? (MediaKind.Video, video) : throw Unsupported("video", mediaType, VideoFormats.Keys);
        }

        if (type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
        {
            return AudioFormats.TryGetValue(type, out var audio) ? (MediaKind.Audio, audio) : throw Unsupported("audio", mediaType, AudioFormats.Keys);
        }

        if (DocumentFormats.TryGetValue(type, out var document))
        {
            return (MediaKind.Document, document);
        }

        if (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            // Any other text (json, xml, source code) is still text; Bedrock reads it as a plain-text document.
            return (MediaKind.Document, "txt");
        }

        throw Unsupported("document", mediaType, DocumentFormats.Keys);
    }

    /// <summary>The media type for a file name's extension, or null.</summary>
    public static IEnumerable<string> KnownExtensions => ExtensionMediaTypes.Keys;

    public static string? FromExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 0 && ExtensionMediaTypes.TryGetValue(extension, out var mediaType) ? mediaType : null;
    }

    /// <summary>The image formats guard content accepts.</summary>
    public static string ResolveGuardImage(string mediaType)
    {
        var type = StripParameters(mediaType);
        return ImageFormats.TryGetValue(type, out var format) && format is "png" or "jpeg"
            ? format
            : throw new NotSupportedException($"Guard content images must be image/png or image/jpeg; got '{mediaType}'.");
    }

    /// <summary>The Converse image format (<c>png</c>, <c>jpeg</c>, <c>gif</c>, <c>webp</c>) from the bytes' signature, or null.</summary>
    public static string? SniffImage(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "png",
        [0xFF, 0xD8, 0xFF, ..] => "jpeg",
        [0x47, 0x49, 0x46, 0x38, ..] => "gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "webp",
        _ => null,
    };

    private static bool IsWildcard(string type) => type.EndsWith("/*", StringComparison.Ordinal);

    private static string StripParameters(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim();
    }

    private static NotSupportedException Unsupported(string kind, string mediaType, IEnumerable<string> allowed) =>
        new($"Bedrock does not accept the {kind} media type '{mediaType}'. Allowed: {string.Join(", ", allowed)}.");
}
