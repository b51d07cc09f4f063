namespace AmazonBedrock.AI;

/// <summary>
/// The base of every error the Bedrock service (or a malformed response from it) produces.
/// Each carries the HTTP status, the Bedrock error code, the request id and whether a retry may succeed.
/// </summary>
/// <remarks>Messages never contain credentials, session tokens or API keys.</remarks>
public class BedrockException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public BedrockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public BedrockException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a service error.</summary>
    /// <param name="message">The service's message.</param>
    /// <param name="errorCode">The Bedrock error code, such as <c>ValidationException</c>.</param>
    /// <param name="statusCode">The HTTP status code, or <see langword="null"/> for errors that arrived inside an event stream.</param>
    /// <param name="requestId">The <c>x-amzn-RequestId</c> of the failed request.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public BedrockException(string message, string? errorCode, int? statusCode, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The Bedrock error code (for example <c>ThrottlingException</c>), when known.</summary>
    public string? ErrorCode { get; }

    /// <summary>The HTTP status code of the response, when the error came from an HTTP response.</summary>
    public int? StatusCode { get; }

    /// <summary>The <c>x-amzn-RequestId</c> of the request, for AWS support and log correlation.</summary>
    public string? RequestId { get; }

    /// <summary>Whether sending the same request again may succeed.</summary>
    public virtual bool IsRetryable => false;

    /// <summary>The type, error code, request id, message, inner exception and stack trace (what loggers print).</summary>
    public override string ToString()
    {
        var id = RequestId is null ? string.Empty : $" (request id {RequestId})";
        var text = $"{GetType().FullName}: {ErrorCode ?? "Error"}{id}: {Message}{(InnerException is null ? string.Empty : $" ---> {InnerException}")}";
        return StackTrace is { } trace ? text + Environment.NewLine + trace : text;
    }
}

/// <summary>The request was malformed or asked for something the model does not support (HTTP 400).</summary>
public sealed class BedrockValidationException(string message, string? errorCode = "ValidationException", int? statusCode = 400, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>The caller has no access to the model or the operation (HTTP 403), including bad signatures and expired credentials.</summary>
public sealed class BedrockAccessDeniedException(string message, string? errorCode = "AccessDeniedException", int? statusCode = 403, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>The model or resource does not exist in this region or account (HTTP 404).</summary>
public sealed class BedrockResourceNotFoundException(string message, string? errorCode = "ResourceNotFoundException", int? statusCode = 404, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>The model took too long to answer (HTTP 408).</summary>
public sealed class BedrockModelTimeoutException(string message, string? errorCode = "ModelTimeoutException", int? statusCode = 408, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>A service quota of the account was exceeded (HTTP 400).</summary>
public sealed class BedrockServiceQuotaExceededException(string message, string? errorCode = "ServiceQuotaExceededException", int? statusCode = 400, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>The request conflicts with the current state of a resource (HTTP 400).</summary>
public sealed class BedrockConflictException(string message, string? errorCode = "ConflictException", int? statusCode = 400, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId);

/// <summary>Too many requests (HTTP 429). Retryable.</summary>
public sealed class BedrockThrottlingException(string message, string? errorCode = "ThrottlingException", int? statusCode = 429, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>The model is not ready to serve yet (HTTP 429). Retryable.</summary>
public sealed class BedrockModelNotReadyException(string message, string? errorCode = "ModelNotReadyException", int? statusCode = 429, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>The model failed while processing the request (HTTP 424).</summary>
public sealed class BedrockModelErrorException(string message, string? errorCode = "ModelErrorException", int? statusCode = 424, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <summary>The status code the model itself returned, when Bedrock reports it.</summary>
    public int? OriginalStatusCode { get; init; }

    /// <summary>The resource name Bedrock reports with the error, if any.</summary>
    public string? ResourceName { get; init; }
}

/// <summary>The model failed while streaming its answer (HTTP 424, or an exception event inside the stream).</summary>
public sealed class BedrockModelStreamErrorException(string message, string? errorCode = "ModelStreamErrorException", int? statusCode = 424, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <summary>The status code the model itself returned, when Bedrock reports it.</summary>
    public int? OriginalStatusCode { get; init; }

    /// <summary>The model's own error message, when Bedrock reports it.</summary>
    public string? OriginalMessage { get; init; }
}

/// <summary>Bedrock failed internally (HTTP 500). Retryable.</summary>
public sealed class BedrockInternalServerException(string message, string? errorCode = "InternalServerException", int? statusCode = 500, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>Bedrock is temporarily unavailable (HTTP 503). Retryable.</summary>
public sealed class BedrockServiceUnavailableException(string message, string? errorCode = "ServiceUnavailableException", int? statusCode = 503, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>An error code this library does not know. <see cref="IsRetryable"/> follows the HTTP status (5xx and 429 are retryable).</summary>
public sealed class BedrockUnknownException(string message, string? errorCode, int? statusCode, string? requestId = null)
    : BedrockException(message, errorCode, statusCode, requestId)
{
    /// <inheritdoc />
    public override bool IsRetryable => StatusCode is 429 or 500 or 502 or 503 or 504;
}

/// <summary>
/// The response could not be read: a corrupted or truncated event-stream frame, a checksum mismatch,
/// malformed JSON, or a stream that ended before the service said it was done.
/// </summary>
public sealed class BedrockProtocolException(string message, string? requestId = null, Exception? innerException = null)
    : BedrockException(message, "ProtocolError", null, requestId, innerException);
