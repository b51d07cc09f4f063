namespace AmazonBedrock.AI.Tests.Review;

public sealed class BedrockExceptionTextTests
{
    [Fact]
    public void ToString_keeps_the_code_request_id_and_message_and_adds_the_stack_trace_once_thrown()
    {
        BedrockException error;
        try
        {
            throw new BedrockThrottlingException("Too many requests", requestId: "req-1");
        }
        catch (BedrockException ex)
        {
            error = ex;
        }

        var text = error.ToString();
        Assert.StartsWith("AmazonBedrock.AI.BedrockThrottlingException: ThrottlingException (request id req-1): Too many requests", text, StringComparison.Ordinal);
        Assert.Contains(nameof(ToString_keeps_the_code_request_id_and_message_and_adds_the_stack_trace_once_thrown), text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_never_thrown_has_no_stack_trace_line()
    {
        Assert.Equal("AmazonBedrock.AI.BedrockException: E: m", new BedrockException("m", "E", null, null).ToString());
    }
}
