using System.Buffers;
using System.Text;
using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>Unwrapping of InvokeModelWithResponseStream <c>chunk</c> payloads.</summary>
public sealed class ResponseStreamChunkTests
{
    private const string Inner = """{"type":"content_block_delta","delta":{"text":"héllo/+"}}""";

    private static string Base64Inner => Convert.ToBase64String(Encoding.UTF8.GetBytes(Inner));

    [Fact]
    public void Decodes_bytes_and_ignores_padding_and_unknown_members()
    {
        var payload = $$"""{"p":"abcdef","future":{"nested":[1,{"bytes":"ignored"}]},"bytes":"{{Base64Inner}}","other":null}""";

        var decoded = ResponseStreamChunk.Decode(Encoding.UTF8.GetBytes(payload), "req");

        Assert.Equal(Inner, Encoding.UTF8.GetString(decoded));
    }

    [Fact]
    public void Decodes_base64_written_with_json_escapes()
    {
        var raw = new byte[] { 0xFB, 0xFF, 0xBF, 0x00, 0x01 };
        var base64 = Convert.ToBase64String(raw);
        Assert.Contains("/", base64, StringComparison.Ordinal);
        var escaped = base64.Replace("/", "\\/", StringComparison.Ordinal).Replace("+", "\\u002B", StringComparison.Ordinal);

        var decoded = ResponseStreamChunk.Decode(Encoding.UTF8.GetBytes($$"""{"bytes":"{{escaped}}"}"""), null);

        Assert.Equal(raw, decoded);
    }

    [Fact]
    public void Appends_to_a_buffer_writer_and_reports_the_count()
    {
        var writer = new ArrayBufferWriter<byte>();
        writer.Write("prefix:"u8);

        var written = ResponseStreamChunk.DecodeInto(Encoding.UTF8.GetBytes($$"""{"bytes":"{{Base64Inner}}"}"""), writer, null);

        Assert.Equal(Encoding.UTF8.GetByteCount(Inner), written);
        Assert.Equal("prefix:" + Inner, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public void Empty_bytes_decode_to_nothing()
    {
        Assert.Empty(ResponseStreamChunk.Decode("""{"bytes":""}"""u8, null));
    }

    [Theory]
    [InlineData("""{"p":"abc"}""", "no \"bytes\"")]
    [InlineData("""{"bytes":42}""", "not a base64 string")]
    [InlineData("""{"bytes":null}""", "not a base64 string")]
    [InlineData("""{"bytes":"not base64!"}""", "not valid base64")]
    [InlineData("""["bytes"]""", "not a JSON object")]
    [InlineData("""{"bytes":"AAAA" """, "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void Malformed_chunk_is_a_protocol_error(string payload, string reason)
    {
        var error = Assert.Throws<BedrockProtocolException>(() => ResponseStreamChunk.Decode(Encoding.UTF8.GetBytes(payload), "req-chunk"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("req-chunk", error.RequestId);
    }
}
