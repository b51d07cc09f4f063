using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>
/// Decodes the payload of an InvokeModelWithResponseStream <c>chunk</c> event, <c>{"bytes":"&lt;base64&gt;"}</c>,
/// into the model-native bytes it wraps. The <c>"p"</c> padding member and any unknown member are ignored.
/// </summary>
internal static class ResponseStreamChunk
{
    /// <summary>Appends the decoded bytes to <paramref name="destination"/> and returns how many were written.</summary>
    /// <exception cref="BedrockProtocolException">The payload is not JSON, has no <c>bytes</c> string, or the string is not base64.</exception>
    public static int DecodeInto(ReadOnlySpan<byte> payload, IBufferWriter<byte> destination, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(destination);
        try
        {
            var reader = new Utf8JsonReader(payload, isFinalBlock: true, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new BedrockProtocolException("The response-stream chunk is not a JSON object.", requestId);
            }

            var written = -1;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isBytes = reader.ValueTextEquals("bytes"u8);
                reader.Read();
                if (!isBytes || written >= 0)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    throw new BedrockProtocolException($"The response-stream chunk member \"bytes\" is {reader.TokenType}, not a base64 string.", requestId);
                }

                written = DecodeBase64(ref reader, destination, requestId);
            }

            if (written < 0)
            {
                throw new BedrockProtocolException("The response-stream chunk has no \"bytes\" member.", requestId);
            }

            return written;
        }
        catch (JsonException ex)
        {
            throw new BedrockProtocolException("The response-stream chunk is not valid JSON.", requestId, ex);
        }
    }

    /// <summary>Returns the decoded bytes as a new array.</summary>
    /// <exception cref="BedrockProtocolException">The payload is not a valid chunk.</exception>
    public static byte[] Decode(ReadOnlySpan<byte> payload, string? requestId)
    {
        var writer = new ArrayBufferWriter<byte>(Math.Max(1, payload.Length * 3 / 4));
        DecodeInto(payload, writer, requestId);
        return writer.WrittenSpan.ToArray();
    }

    private static int DecodeBase64(ref Utf8JsonReader reader, IBufferWriter<byte> destination, string? requestId)
    {
        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> encoded;
            if (reader.ValueIsEscaped)
            {
                // Base64 may legally arrive with "/" written as "\/" or as a \u escape; unescape into scratch space first.
                rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
                var length = reader.CopyString(rented);
                encoded = rented.AsSpan(0, length);
            }
            else
            {
                encoded = reader.ValueSpan;
            }

            var target = destination.GetSpan(Base64.GetMaxDecodedFromUtf8Length(encoded.Length));
            var status = Base64.DecodeFromUtf8(encoded, target, out _, out var written);
            if (status != OperationStatus.Done)
            {
                throw new BedrockProtocolException("The response-stream chunk member \"bytes\" is not valid base64.", requestId);
            }

            destination.Advance(written);
            return written;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
