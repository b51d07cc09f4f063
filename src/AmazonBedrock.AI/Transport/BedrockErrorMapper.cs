using System.Net.Http.Headers;
using System.Text.Json;

namespace AmazonBedrock.AI.Transport;

/// <summary>Turns a Bedrock error (HTTP response or stream exception frame) into the typed exception for its code.</summary>
internal static partial class BedrockErrorMapper
{
    /// <summary>
    /// Reduces an error type as Bedrock sends it to the bare shape name:
    /// <c>ValidationException:http://internal.amazon.com/...</c> and <c>com.amazon#ValidationException</c> become <c>ValidationException</c>.
    /// Stream frames use lowerCamelCase (<c>throttlingException</c>); that is normalised too.
    /// </summary>
    public static string? NormalizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.Trim();
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        if (code.Length > 0 && char.IsLower(code[0]))
        {
            code = string.Concat(char.ToUpperInvariant(code[0]).ToString(), code.AsSpan(1));
        }

        return code.Length == 0 ? null : code;
    }

    /// <summary>Builds the typed exception for an error code.</summary>
    public static BedrockException Create(string? code, string? message, int? statusCode, string? requestId, JsonElement body = default)
    {
        message = RedactSecrets(message);
        var text = string.IsNullOrEmpty(message) ? $"Bedrock returned {code ?? "an error"}{(statusCode is null ? string.Empty : $" (HTTP {statusCode})")}." : message;
        return code switch
        {
            "ValidationException" => new BedrockValidationException(text, code, statusCode, requestId),
            "AccessDeniedException" or "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException" or "IncompleteSignatureException" or "MissingAuthenticationTokenException"
                => new BedrockAccessDeniedException(text, code, statusCode, requestId),
            "ResourceNotFoundException" => new BedrockResourceNotFoundException(text, code, statusCode, requestId),
            "ModelTimeoutException" => new BedrockModelTimeoutException(text, code, statusCode, requestId),
            "ServiceQuotaExceededException" => new BedrockServiceQuotaExceededException(text, code, statusCode, requestId),
            "ConflictException" => new BedrockConflictException(text, code, statusCode, requestId),
            "ThrottlingException" or "TooManyRequestsException" => new BedrockThrottlingException(text, code, statusCode, requestId),
            "ModelNotReadyException" => new BedrockModelNotReadyException(text, code, statusCode, requestId),
            "ModelErrorException" => new BedrockModelErrorException(text, code, statusCode, requestId)
            {
                OriginalStatusCode = body.GetInt32OrNull("originalStatusCode"u8),
                ResourceName = body.GetStringOrNull("resourceName"u8),
            },
            "ModelStreamErrorException" => new BedrockModelStreamErrorException(text, code, statusCode, requestId)
            {
                OriginalStatusCode = body.GetInt32OrNull("originalStatusCode"u8),
                OriginalMessage = body.GetStringOrNull("originalMessage"u8),
            },
            "InternalServerException" or "InternalFailure" => new BedrockInternalServerException(text, code, statusCode, requestId),
            "ServiceUnavailableException" or "ServiceUnavailable" => new BedrockServiceUnavailableException(text, code, statusCode, requestId),
            _ => new BedrockUnknownException(text, code, statusCode, requestId),
        };
    }

    /// <summary>Builds the typed exception for a non-success HTTP response, from its headers and body.</summary>
    public static BedrockException FromHttpResponse(int statusCode, HttpResponseHeaders headers, ReadOnlySpan<byte> body, string? requestId)
    {
        string? headerCode = headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.FirstOrDefault() : null;
        string? message = null;
        string? bodyCode = null;
        JsonElement root = default;
        if (!body.IsEmpty)
        {
            try
            {
                using var doc = JsonDocument.Parse(body.ToArray());
                root = doc.RootElement.Clone();
                if (root.ValueKind == JsonValueKind.Object)
                {
                    message = root.GetStringOrNull("message"u8) ?? root.GetStringOrNull("Message"u8);
                    bodyCode = root.GetStringOrNull("code"u8) ?? root.GetStringOrNull("__type"u8);
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): keep a short excerpt as the message.
                message = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 512)]);
            }
        }

        var code = NormalizeCode(headerCode) ?? NormalizeCode(bodyCode) ?? CodeForStatus(statusCode);
        return Create(code, message, statusCode, requestId, root);
    }

    /// <summary>
    /// Keeps secrets out of service messages. A signature-mismatch answer can quote the canonical request, whose signed
    /// headers include the session token; that part is cut, and any token or bearer value left is blanked.
    /// </summary>
    internal static string? RedactSecrets(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return message;
        }

        var canonical = message.IndexOf("The Canonical String for this request", StringComparison.OrdinalIgnoreCase);
        if (canonical >= 0)
        {
            message = message[..canonical].TrimEnd();
        }

        message = SecurityTokenValue().Replace(message, "$1(redacted)");
        return BearerValue().Replace(message, "$1(redacted)");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(x-amz-security-token\s*[:=]\s*)[^\s',;&""]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SecurityTokenValue();

    [System.Text.RegularExpressions.GeneratedRegex(@"(Bearer\s+)[A-Za-z0-9._~+/=-]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BearerValue();

    private static string? CodeForStatus(int statusCode) => statusCode switch
    {
        400 => "ValidationException",
        403 => "AccessDeniedException",
        404 => "ResourceNotFoundException",
        408 => "ModelTimeoutException",
        429 => "ThrottlingException",
        500 => "InternalServerException",
        503 => "ServiceUnavailableException",
        _ => null,
    };
}
