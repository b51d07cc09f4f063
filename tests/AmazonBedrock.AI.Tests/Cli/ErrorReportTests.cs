using System.Net.Http;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;

namespace AmazonBedrock.AI.Tests.Cli;

public class ErrorReportTests
{
    [Fact]
    public void Service_errors_are_one_line_with_code_and_request_id()
    {
        var (line, code) = ErrorReport.Describe(new BedrockThrottlingException("Too many requests,\nplease wait.", requestId: "abc"));
        Assert.Equal("error: ThrottlingException: Too many requests, please wait. (request id abc)", line);
        Assert.Equal(ExitCodes.ServiceError, code);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(("error: bad flag", ExitCodes.UsageError), ErrorReport.Describe(new UsageException("bad flag")));
        Assert.Equal(ExitCodes.UsageError, ErrorReport.Describe(new ArgumentException("'x' is not a valid AWS region name.", "options")).ExitCode);
    }

    [Fact]
    public void Missing_aws_configuration_suggests_the_emulator()
    {
        var (line, code) = ErrorReport.Describe(new InvalidOperationException("No AWS region is set. Set AWS_REGION."));
        Assert.StartsWith("error: No AWS region is set.", line, StringComparison.Ordinal);
        Assert.Contains("--emulator", line, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ServiceError, code);
    }

    [Fact]
    public void Network_failures_are_service_errors()
    {
        var (line, code) = ErrorReport.Describe(new HttpRequestException("Connection refused (127.0.0.1:1)"));
        Assert.Equal("error: could not reach Bedrock: Connection refused (127.0.0.1:1)", line);
        Assert.Equal(ExitCodes.ServiceError, code);
    }

    [Fact]
    public void The_sdk_list_of_credential_provider_failures_is_left_out()
    {
        var (line, _) = ErrorReport.Describe(new InvalidOperationException(
            "No AWS credentials were found. Provide an API key. Failed to resolve AWS credentials. Exception 1 of 4: ..."));
        Assert.Equal("error: No AWS credentials were found. Provide an API key. (to try the tool offline, add --emulator)", line);
    }
}
