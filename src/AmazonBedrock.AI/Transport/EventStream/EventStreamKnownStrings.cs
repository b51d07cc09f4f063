using System.Text;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>
/// Cached strings for the header values Bedrock sends on every frame, so that decoding a delta
/// does not allocate a new string for its message type, event type or content type.
/// </summary>
internal static class EventStreamKnownStrings
{
    public const string Event = "event";
    public const string Exception = "exception";
    public const string Error = "error";
    public const string Chunk = "chunk";
    public const string Metadata = "metadata";
    public const string MessageStop = "messageStop";
    public const string MessageStart = "messageStart";
    public const string ContentBlockStop = "contentBlockStop";
    public const string ContentBlockStart = "contentBlockStart";
    public const string ContentBlockDelta = "contentBlockDelta";
    public const string ApplicationJson = "application/json";

    /// <summary>Returns the cached instance when the bytes spell a well-known name, otherwise a new string.</summary>
    public static string GetString(ReadOnlySpan<byte> utf8) => TryGetCached(utf8) ?? Encoding.UTF8.GetString(utf8);

    /// <summary>The cached instance for a well-known name, or <see langword="null"/>.</summary>
    public static string? TryGetCached(ReadOnlySpan<byte> utf8) => utf8.Length switch
    {
        5 when utf8.SequenceEqual("event"u8) => Event,
        5 when utf8.SequenceEqual("error"u8) => Error,
        5 when utf8.SequenceEqual("chunk"u8) => Chunk,
        8 when utf8.SequenceEqual("metadata"u8) => Metadata,
        9 when utf8.SequenceEqual("exception"u8) => Exception,
        11 when utf8.SequenceEqual("messageStop"u8) => MessageStop,
        12 when utf8.SequenceEqual("messageStart"u8) => MessageStart,
        16 when utf8.SequenceEqual("contentBlockStop"u8) => ContentBlockStop,
        16 when utf8.SequenceEqual("application/json"u8) => ApplicationJson,
        17 when utf8.SequenceEqual("contentBlockDelta"u8) => ContentBlockDelta,
        17 when utf8.SequenceEqual("contentBlockStart"u8) => ContentBlockStart,
        _ => null,
    };
}
