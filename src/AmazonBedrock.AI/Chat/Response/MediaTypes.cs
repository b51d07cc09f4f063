namespace AmazonBedrock.AI.Chat.Response;

/// <summary>Bedrock image <c>format</c> values → media types.</summary>
internal static class MediaTypes
{
    public static string ForImageFormat(string? format) => format switch
    {
        "png" => "image/png",
        "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        null or "" => "application/octet-stream",
        _ => "image/" + format,
    };
}
