namespace AmazonBedrock.AI.Embeddings;

/// <summary>
/// What Nova Multimodal Embeddings takes as a <see cref="Microsoft.Extensions.AI.DataContent"/>: images, videos (up to
/// 30 s on InvokeModel) and audio (up to 30 s), each named by its request member and <c>format</c> value.
/// </summary>
internal static class NovaMediaFormats
{
    /// <summary>Every media type Nova embeds, for the check before any call.</summary>
    public static readonly string[] MediaTypes =
    [
        "image/png", "image/jpeg", "image/gif", "image/webp",
        "video/mp4", "video/quicktime", "video/x-matroska", "video/webm", "video/x-flv", "video/mpeg", "video/mpg", "video/x-ms-wmv", "video/3gpp",
        "audio/mpeg", "audio/mp3", "audio/wav", "audio/x-wav", "audio/wave", "audio/ogg",
    ];

    /// <summary>The request member (<c>image</c>, <c>video</c> or <c>audio</c>) and Nova's <c>format</c> value for a media type.</summary>
    public static (string Member, string Format) Resolve(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "image/png" => ("image", "png"),
        "image/jpeg" or "image/jpg" => ("image", "jpeg"),
        "image/gif" => ("image", "gif"),
        "image/webp" => ("image", "webp"),
        "video/mp4" => ("video", "mp4"),
        "video/quicktime" => ("video", "mov"),
        "video/x-matroska" => ("video", "mkv"),
        "video/webm" => ("video", "webm"),
        "video/x-flv" => ("video", "flv"),
        "video/mpeg" => ("video", "mpeg"),
        "video/mpg" => ("video", "mpg"),
        "video/x-ms-wmv" => ("video", "wmv"),
        "video/3gpp" => ("video", "3gp"),
        "audio/mpeg" or "audio/mp3" => ("audio", "mp3"),
        "audio/wav" or "audio/x-wav" or "audio/wave" => ("audio", "wav"),
        "audio/ogg" => ("audio", "ogg"),
        _ => throw new ArgumentException($"Nova embeds png, jpeg, gif and webp images, mp4, mov, mkv, webm, flv, mpeg, wmv and 3gp videos, and mp3, wav and ogg audio, not '{mediaType}'.", nameof(mediaType)),
    };
}
