using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AmazonBedrock.AI.Emulator.Signing;

/// <summary>
/// Verifies AWS Signature Version 4 on a received request, independently of any SDK: the canonical request is rebuilt from
/// the raw path (each segment URI-encoded again, as for every non-S3 service), the query, the headers named in
/// <c>SignedHeaders</c> and the SHA-256 of the body actually received.
/// </summary>
internal sealed class SigV4Verifier
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string ServiceName = "bedrock";
    private readonly BedrockEmulatorOptions _options;

    public SigV4Verifier(BedrockEmulatorOptions options) => _options = options;

    /// <summary>Returns <see langword="null"/> when the request is authentic, otherwise Bedrock's 403 answer.</summary>
    public ScriptedResponse? Verify(string method, string rawPath, string rawQuery, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        if (!headers.TryGetValue("authorization", out string? authorization) || string.IsNullOrWhiteSpace(authorization))
        {
            return BedrockErrors.MissingAuthentication();
        }

        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return VerifyBearer(authorization["Bearer ".Length..].Trim());
        }

        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return BedrockErrors.InvalidSignature(
                "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=" + RedactAuthorization(authorization));
        }

        var parts = ParseAuthorization(authorization[(Algorithm.Length + 1)..]);
        if (!parts.TryGetValue("Credential", out string? credential) || !parts.TryGetValue("SignedHeaders", out string? signedHeaderList) || !parts.TryGetValue("Signature", out string? signature))
        {
            return BedrockErrors.InvalidSignature("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        string[] scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return BedrockErrors.InvalidSignature("Credential should be scoped to a valid region. ");
        }

        if (!string.Equals(scope[0], _options.AccessKeyId, StringComparison.Ordinal))
        {
            return BedrockErrors.UnrecognizedClient();
        }

        if (scope[3] != ServiceName)
        {
            return BedrockErrors.InvalidSignature($"Credential should be scoped to correct service: '{ServiceName}'. ");
        }

        if (!headers.TryGetValue("x-amz-date", out string? amzDate) ||
            !DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            return BedrockErrors.InvalidSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=" + RedactAuthorization(authorization));
        }

        if (scope[1] != amzDate[..8])
        {
            return BedrockErrors.InvalidSignature($"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope[1]}' != '{amzDate[..8]}', from '{amzDate}'.");
        }

        var now = _options.TimeProvider.GetUtcNow();
        string nowText = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (signedAt < now - _options.AllowedClockSkew)
        {
            string limit = (now - _options.AllowedClockSkew).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            return BedrockErrors.InvalidSignature($"Signature expired: {amzDate} is now earlier than {limit} ({nowText} - {(int)_options.AllowedClockSkew.TotalMinutes} min.)");
        }

        if (signedAt > now + _options.AllowedClockSkew)
        {
            string limit = (now + _options.AllowedClockSkew).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            return BedrockErrors.InvalidSignature($"Signature not yet current: {amzDate} is still later than {limit} ({nowText} + {(int)_options.AllowedClockSkew.TotalMinutes} min.)");
        }

        string[] signedHeaders = signedHeaderList.Split(';');
        if (_options.SessionToken is not null &&
            (!headers.TryGetValue("x-amz-security-token", out string? token) ||
             !signedHeaders.Contains("x-amz-security-token", StringComparer.Ordinal) ||
             !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(_options.SessionToken))))
        {
            return BedrockErrors.UnrecognizedClient();
        }

        if (!signedHeaders.Contains("host", StringComparer.Ordinal))
        {
            return BedrockErrors.InvalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        string payloadHash = Convert.ToHexStringLower(SHA256.HashData(body));
        if (headers.TryGetValue("x-amz-content-sha256", out string? declaredHash) &&
            !string.Equals(declaredHash, "UNSIGNED-PAYLOAD", StringComparison.Ordinal) &&
            !string.Equals(declaredHash, payloadHash, StringComparison.OrdinalIgnoreCase))
        {
            return BedrockErrors.InvalidSignature(BedrockErrors.SignatureMismatchMessage);
        }

        string canonicalRequest = BuildCanonicalRequest(method, rawPath, rawQuery, headers, signedHeaders, payloadHash);
        string stringToSign = string.Join('\n', Algorithm, amzDate, string.Join('/', scope[1..]), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        byte[] key = DeriveSigningKey(_options.SecretAccessKey, scope[1], scope[2]);
        string expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        bool matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
        return matches ? null : BedrockErrors.InvalidSignature(BedrockErrors.SignatureMismatchMessage);
    }

    /// <summary>Builds the canonical request exactly as AWS defines it for non-S3 services.</summary>
    internal static string BuildCanonicalRequest(string method, string rawPath, string rawQuery, IReadOnlyDictionary<string, string> headers, IReadOnlyList<string> signedHeaders, string payloadHash)
    {
        var builder = new StringBuilder();
        builder.Append(method).Append('\n');
        builder.Append(CanonicalUri(rawPath)).Append('\n');
        builder.Append(CanonicalQuery(rawQuery)).Append('\n');
        foreach (string name in signedHeaders)
        {
            headers.TryGetValue(name, out string? value);
            builder.Append(name).Append(':').Append(CanonicalHeaderValue(value ?? string.Empty)).Append('\n');
        }

        builder.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    internal static string CanonicalUri(string rawPath)
    {
        if (string.IsNullOrEmpty(rawPath))
        {
            return "/";
        }

        // Normalize '.' and '..' segments, then encode every segment again (so '%3A' becomes '%253A').
        var segments = new List<string>();
        foreach (string segment in rawPath.Split('/'))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        var builder = new StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            builder.Append(UriEncode(segments[i]));
        }

        string result = builder.ToString();
        return result.StartsWith('/') ? result : "/" + result;
    }

    internal static string CanonicalQuery(string rawQuery)
    {
        string query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (string part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? part : part[..equals];
            string value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(name)), UriEncode(Uri.UnescapeDataString(value))));
        }

        pairs.Sort((a, b) =>
        {
            int byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>Percent-encodes everything except the unreserved characters, with upper-case hex.</summary>
    internal static string UriEncode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CanonicalHeaderValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool pendingSpace = false;
        foreach (char c in value.Trim())
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static byte[] DeriveSigningKey(string secret, string date, string region)
    {
        byte[] kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        byte[] kRegion = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(region));
        byte[] kService = HMACSHA256.HashData(kRegion, Encoding.UTF8.GetBytes(ServiceName));
        return HMACSHA256.HashData(kService, "aws4_request"u8);
    }

    private static Dictionary<string, string> ParseAuthorization(string value)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string piece in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parts[piece[..equals].Trim()] = piece[(equals + 1)..].Trim();
            }
        }

        return parts;
    }

    // Never echo a signature or token back in a message.
    private static string RedactAuthorization(string authorization)
    {
        int space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? authorization : authorization[..space]) + " ...";
    }

    private ScriptedResponse? VerifyBearer(string token)
    {
        if (token.Length == 0)
        {
            return BedrockErrors.UnrecognizedClient();
        }

        if (_options.BearerToken is null)
        {
            return null;
        }

        bool matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(_options.BearerToken));
        return matches ? null : BedrockErrors.UnrecognizedClient();
    }
}
