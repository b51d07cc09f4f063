namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Which Converse block a piece of media becomes.</summary>
internal enum MediaKind
{
    Image,
    Video,
    Audio,
    Document,
}
