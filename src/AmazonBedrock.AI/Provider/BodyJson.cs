using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AmazonBedrock.AI.Provider;

/// <summary>
/// InvokeModel and Rerank bodies: requests written the way the AI SDK writes them (compact, base64 and non-ASCII text not
/// escaped); responses parsed with malformed JSON reported as <see cref="BedrockProtocolException"/>.
/// </summary>
internal static class BodyJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses a response body, turning malformed JSON into a <see cref="BedrockProtocolException"/>.</summary>
    public static JsonDocument Parse(byte[] body, string operation, string? requestId)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new BedrockProtocolException($"{operation} returned JSON that is not an object.", requestId);
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new BedrockProtocolException($"{operation} returned malformed JSON: {ex.Message}", requestId, ex);
        }
    }

    public static BedrockProtocolException Malformed(string operation, string what, string? requestId) =>
        new($"{operation} response is malformed: {what}.", requestId);
}
