using System.Net.Http;
using System.Text.Json;
using AmazonBedrock.AI.Cli.Parsing;

namespace AmazonBedrock.AI.Cli.Running;

/// <summary>Turns any failure into one readable line and an exit code; never a stack trace.</summary>
internal static class ErrorReport
{
    private const string EmulatorHint = " (to try the tool offline, add --emulator)";

    /// <summary>The line to print (starting with <c>error:</c>) and the exit code for <paramref name="exception"/>.</summary>
    public static (string Line, int ExitCode) Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            UsageException usage => ($"error: {OneLine(usage.Message)}", ExitCodes.UsageError),
            BedrockException bedrock => (DescribeService(bedrock), ExitCodes.ServiceError),
            HttpRequestException http => ($"error: could not reach Bedrock: {OneLine(http.Message)}", ExitCodes.ServiceError),
            JsonException json => ($"error: {OneLine(json.Message)}", ExitCodes.UsageError),
            ArgumentException argument => ($"error: {OneLine(StripParameterName(argument))}", ExitCodes.UsageError),
            NotSupportedException notSupported => ($"error: {OneLine(notSupported.Message)}", ExitCodes.UsageError),
            InvalidOperationException invalid => ($"error: {OneLine(WithoutProviderDetails(invalid.Message))}{(MentionsMissingAws(invalid.Message) ? EmulatorHint : string.Empty)}", ExitCodes.ServiceError),
            IOException or UnauthorizedAccessException => ($"error: {OneLine(exception.Message)}", ExitCodes.ServiceError),
            _ => ($"error: {exception.GetType().Name}: {OneLine(exception.Message)}", ExitCodes.ServiceError),
        };
    }

    private static string DescribeService(BedrockException exception)
    {
        string code = exception.ErrorCode ?? exception.GetType().Name;
        string requestId = exception.RequestId is { Length: > 0 } id ? $" (request id {id})" : string.Empty;
        string hint = exception is BedrockAccessDeniedException or BedrockResourceNotFoundException
            ? " (check the model id, the region and that the model is enabled for your account)"
            : string.Empty;
        return $"error: {code}: {OneLine(exception.Message)}{requestId}{hint}";
    }

    private static bool MentionsMissingAws(string message) =>
        message.Contains("No AWS region", StringComparison.Ordinal) || message.Contains("No AWS credentials", StringComparison.Ordinal)
        || message.Contains("profile", StringComparison.OrdinalIgnoreCase);

    // The AWS SDK appends every credential provider's failure; the first sentence already says what to do.
    private static string WithoutProviderDetails(string message)
    {
        int details = message.IndexOf(" Failed to resolve AWS credentials.", StringComparison.Ordinal);
        return details > 0 ? message[..details] : message;
    }

    private static string StripParameterName(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : exception.Message;

    /// <summary>Collapses whitespace and line breaks so the error stays on one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd();
}
