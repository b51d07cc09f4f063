using AmazonBedrock.AI.Transport.EventStream;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary><c>exception</c> and <c>error</c> frames become the typed exceptions of <see cref="BedrockErrorMapper"/>.</summary>
public sealed class StreamErrorFrameTests
{
    private static readonly byte[] Start = FrameBuilder.Event("messageStart", """{"role":"assistant"}""");

    public static TheoryData<string, Type, string, bool> ModeledExceptions => new()
    {
        { "throttlingException", typeof(BedrockThrottlingException), "ThrottlingException", true },
        { "modelStreamErrorException", typeof(BedrockModelStreamErrorException), "ModelStreamErrorException", false },
        { "validationException", typeof(BedrockValidationException), "ValidationException", false },
        { "internalServerException", typeof(BedrockInternalServerException), "InternalServerException", true },
        { "serviceUnavailableException", typeof(BedrockServiceUnavailableException), "ServiceUnavailableException", true },
        { "modelTimeoutException", typeof(BedrockModelTimeoutException), "ModelTimeoutException", false },
        { "someNewException", typeof(BedrockUnknownException), "SomeNewException", false },
    };

    [Theory]
    [MemberData(nameof(ModeledExceptions))]
    public async Task Exception_frame_becomes_the_typed_exception(string exceptionType, Type expectedType, string expectedCode, bool retryable)
    {
        var data = FrameBuilder.Concat(Start, FrameBuilder.Exception(exceptionType, """{"message":"it broke","p":"abc"}"""));
        var decoded = new List<DecodedFrame>();
        await using var reader = new EventStreamReader(new ChunkedReadStream(data, 7), "req-42");

        var error = await Assert.ThrowsAnyAsync<BedrockException>(() => ReaderDriver.ReadAllAsync(reader, decoded));

        Assert.Single(decoded);
        Assert.IsType(expectedType, error);
        Assert.Equal(expectedCode, error.ErrorCode);
        Assert.Equal("it broke", error.Message);
        Assert.Equal("req-42", error.RequestId);
        Assert.Null(error.StatusCode);
        Assert.Equal(retryable, error.IsRetryable);
    }

    [Fact]
    public async Task Model_stream_error_reads_its_extra_members()
    {
        var data = FrameBuilder.Exception("modelStreamErrorException", """{"originalStatusCode":429,"message":"stream failed","originalMessage":"rate limited upstream"}""");

        var error = await Assert.ThrowsAsync<BedrockModelStreamErrorException>(() => ReaderDriver.ReadAllAsync(data));

        Assert.Equal(429, error.OriginalStatusCode);
        Assert.Equal("rate limited upstream", error.OriginalMessage);
        Assert.Equal("stream failed", error.Message);
    }

    [Fact]
    public async Task Exception_frame_with_capitalised_message_member_is_read()
    {
        var data = FrameBuilder.Exception("validationException", """{"Message":"bad input"}""");

        var error = await Assert.ThrowsAsync<BedrockValidationException>(() => ReaderDriver.ReadAllAsync(data));

        Assert.Equal("bad input", error.Message);
    }

    [Fact]
    public async Task Exception_frame_with_a_non_json_payload_keeps_the_text()
    {
        var data = FrameBuilder.Exception("throttlingException", "slow down");

        var error = await Assert.ThrowsAsync<BedrockThrottlingException>(() => ReaderDriver.ReadAllAsync(data));

        Assert.Equal("slow down", error.Message);
    }

    [Fact]
    public async Task Exception_frame_with_an_empty_payload_gets_a_generated_message()
    {
        var data = FrameBuilder.Exception("internalServerException", string.Empty);

        var error = await Assert.ThrowsAsync<BedrockInternalServerException>(() => ReaderDriver.ReadAllAsync(data));

        Assert.Contains("InternalServerException", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ThrottlingException", typeof(BedrockThrottlingException))]
    [InlineData("InternalFailure", typeof(BedrockInternalServerException))]
    [InlineData("ServiceUnavailable", typeof(BedrockServiceUnavailableException))]
    [InlineData("validationException", typeof(BedrockValidationException))]
    [InlineData("SomethingElse", typeof(BedrockUnknownException))]
    public async Task Error_frame_becomes_the_typed_exception(string code, Type expectedType)
    {
        var data = FrameBuilder.Concat(Start, FrameBuilder.Error(code, "details here"));

        var error = await Assert.ThrowsAnyAsync<BedrockException>(() => ReaderDriver.ReadAllAsync(data, chunkSize: 1, requestId: "req-err"));

        Assert.IsType(expectedType, error);
        Assert.Equal("details here", error.Message);
        Assert.Equal("req-err", error.RequestId);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Error_in_an_already_buffered_frame_is_reported_through_the_returned_task()
    {
        var data = FrameBuilder.Concat(Start, FrameBuilder.Exception("throttlingException", """{"message":"slow"}"""));
        await using var reader = new EventStreamReader(new MemoryStream(data), null);
        Assert.True(await reader.MoveNextAsync(CancellationToken.None));

        var pending = reader.MoveNextAsync(CancellationToken.None);

        Assert.True(pending.IsFaulted);
        await Assert.ThrowsAsync<BedrockThrottlingException>(() => pending.AsTask());
    }
}
