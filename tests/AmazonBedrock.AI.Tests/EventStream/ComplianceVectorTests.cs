using System.Text;
using System.Text.Json;
using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>The aws-sdk-go and smithy-rs event-stream compliance vectors.</summary>
public sealed class ComplianceVectorTests
{
    public static TheoryData<string> AwsSdkGoPositive => ["all_headers", "empty_message", "int32_header", "payload_no_headers", "payload_one_str_header"];

    public static TheoryData<string> AwsSdkGoNegative => ["corrupted_header_len", "corrupted_headers", "corrupted_length", "corrupted_payload"];

    public static TheoryData<string> SmithyValid => ["valid_no_headers", "valid_empty_payload", "valid_with_all_headers_and_payload"];

    public static TheoryData<string> SmithyInvalid =>
    [
        "invalid_header_name_length", "invalid_header_name_length_too_long", "invalid_header_string_length_cut_off",
        "invalid_header_string_value_length", "invalid_header_value_type", "invalid_headers_length",
        "invalid_message_checksum", "invalid_prelude_checksum",
    ];

    [Theory]
    [MemberData(nameof(AwsSdkGoPositive))]
    public async Task AwsSdkGo_positive_vector_decodes_to_expected_headers_and_payload(string name)
    {
        var encoded = EventStreamTestData.Read("aws-sdk-go", "encoded", "positive", name);
        using var expected = JsonDocument.Parse(EventStreamTestData.Read("aws-sdk-go", "decoded", "positive", name));
        var root = expected.RootElement;
        Assert.Equal(root.GetProperty("total_length").GetInt32(), encoded.Length);

        await using var reader = new EventStreamReader(new MemoryStream(encoded), "req");
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        var message = reader.Current;
        Assert.Equal(root.GetProperty("headers_length").GetInt32(), message.HeaderBlock.Length);
        Assert.Equal(Convert.FromBase64String(root.GetProperty("payload").GetString()!), message.Payload.ToArray());

        var expectedHeaders = root.GetProperty("headers").EnumerateArray().ToList();
        var count = 0;
        foreach (var _ in message.Headers)
        {
            count++;
        }

        Assert.Equal(expectedHeaders.Count, count);
        foreach (var header in expectedHeaders)
        {
            var headerName = header.GetProperty("name").GetString()!;
            Assert.True(message.TryGetHeader(headerName, out var value), headerName);
            Assert.Equal(header.GetProperty("type").GetInt32(), (int)value.Type);
            var json = header.GetProperty("value");
            switch (value.Type)
            {
                case EventStreamHeaderType.BoolTrue:
                case EventStreamHeaderType.BoolFalse:
                    Assert.Equal(json.GetBoolean(), value.AsBoolean());
                    break;
                case EventStreamHeaderType.Byte:
                    Assert.Equal(json.GetInt32(), value.AsByte());
                    break;
                case EventStreamHeaderType.Int16:
                    Assert.Equal(json.GetInt32(), value.AsInt16());
                    break;
                case EventStreamHeaderType.Int32:
                    Assert.Equal(json.GetInt32(), value.AsInt32());
                    break;
                case EventStreamHeaderType.Int64:
                    Assert.Equal(json.GetInt64(), value.AsInt64());
                    break;
                case EventStreamHeaderType.ByteArray:
                    Assert.Equal(json.GetBytesFromBase64(), value.AsBytes().ToArray());
                    break;
                case EventStreamHeaderType.String:
                    Assert.Equal(Encoding.UTF8.GetString(json.GetBytesFromBase64()), value.AsString());
                    break;
                case EventStreamHeaderType.Timestamp:
                    Assert.Equal(json.GetInt64(), value.AsTimestamp().ToUnixTimeMilliseconds());
                    break;
                case EventStreamHeaderType.Uuid:
                    Assert.Equal(new Guid(json.GetBytesFromBase64(), bigEndian: true), value.AsUuid());
                    break;
                default:
                    Assert.Fail($"Unexpected header type {value.Type}.");
                    break;
            }
        }

        Assert.False(await reader.MoveNextAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(AwsSdkGoNegative))]
    public async Task AwsSdkGo_negative_vector_is_a_protocol_error(string name)
    {
        var encoded = EventStreamTestData.Read("aws-sdk-go", "encoded", "negative", name);
        var expectedReason = File.ReadAllText(EventStreamTestData.PathOf("aws-sdk-go", "decoded", "negative", name)).Trim();

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(encoded, requestId: "req-neg"));

        Assert.Equal("req-neg", error.RequestId);
        var keyword = expectedReason.StartsWith("Prelude", StringComparison.Ordinal) ? "prelude checksum" : "message checksum";
        Assert.Contains(keyword, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(SmithyValid))]
    public async Task Smithy_valid_vector_decodes_to_expected_headers_and_payload(string name)
    {
        var encoded = EventStreamTestData.Read("smithy-rs", name);
        using var expectations = JsonDocument.Parse(EventStreamTestData.Read("smithy-rs", "expectations.json"));
        var expected = expectations.RootElement.GetProperty("valid").GetProperty(name);

        await using var reader = new EventStreamReader(new MemoryStream(encoded), null);
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        var message = reader.Current;
        Assert.Equal(expected.GetProperty("payload_utf8").GetString(), Encoding.UTF8.GetString(message.Payload.Span));

        var expectedHeaders = expected.GetProperty("headers").EnumerateObject().ToList();
        var actualNames = new List<string>();
        foreach (var header in message.Headers)
        {
            actualNames.Add(header.Name);
        }

        // The file was encoded in the listed order, so wire order must match too.
        Assert.Equal(expectedHeaders.Select(header => header.Name), actualNames);
        foreach (var header in expectedHeaders)
        {
            Assert.True(message.TryGetHeader(header.Name, out var value), header.Name);
            var spec = header.Value;
            switch (spec.GetProperty("type").GetString())
            {
                case "bool_true":
                    Assert.Equal(EventStreamHeaderType.BoolTrue, value.Type);
                    Assert.True(value.AsBoolean());
                    break;
                case "bool_false":
                    Assert.Equal(EventStreamHeaderType.BoolFalse, value.Type);
                    Assert.False(value.AsBoolean());
                    break;
                case "byte":
                    Assert.Equal(spec.GetProperty("value").GetInt32(), value.AsByte());
                    break;
                case "int16":
                    Assert.Equal(spec.GetProperty("value").GetInt32(), value.AsInt16());
                    break;
                case "int32":
                    // expectations.json calls "some-header" in valid_empty_payload an int32, but its bytes carry type 3 (int16) = 500.
                    Assert.Equal(spec.GetProperty("value").GetInt32(), value.Type == EventStreamHeaderType.Int16 ? value.AsInt16() : value.AsInt32());
                    break;
                case "int64":
                    Assert.Equal(spec.GetProperty("value").GetInt64(), value.AsInt64());
                    break;
                case "byte_array":
                    Assert.Equal(spec.GetProperty("value_utf8").GetString(), Encoding.UTF8.GetString(value.AsBytes().Span));
                    break;
                case "string":
                    Assert.Equal(spec.GetProperty("value").GetString(), value.AsString());
                    break;
                case "timestamp_millis":
                    Assert.Equal(spec.GetProperty("value").GetInt64(), value.AsTimestamp().ToUnixTimeMilliseconds());
                    break;
                case "uuid":
                    Assert.Equal(Guid.ParseExact(spec.GetProperty("value_hex").GetString()!, "N"), value.AsUuid());
                    break;
                default:
                    Assert.Fail($"Unexpected type in expectations: {spec}");
                    break;
            }
        }

        Assert.False(await reader.MoveNextAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(SmithyInvalid))]
    public async Task Smithy_invalid_vector_is_a_protocol_error(string name)
    {
        var encoded = EventStreamTestData.Read("smithy-rs", name);

        var error = await Assert.ThrowsAsync<BedrockProtocolException>(() => ReaderDriver.ReadAllAsync(encoded));

        Assert.Equal("ProtocolError", error.ErrorCode);
        Assert.Null(error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AwsSdkGoPositive))]
    public async Task Positive_vectors_decode_the_same_one_byte_per_read(string name)
    {
        var encoded = EventStreamTestData.Read("aws-sdk-go", "encoded", "positive", name);
        var whole = await ReaderDriver.ReadAllAsync(encoded);
        var trickled = await ReaderDriver.ReadAllAsync(encoded, chunkSize: 1);

        Assert.Equal(whole.Single().Payload, trickled.Single().Payload);
        Assert.Equal(whole.Single().Headers, trickled.Single().Headers);
    }
}
