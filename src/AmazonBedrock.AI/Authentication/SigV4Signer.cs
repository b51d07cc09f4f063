using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// AWS Signature Version 4 for one request, by the specification: canonical request, string to sign, derived key, signature.
/// </summary>
/// <remarks>
/// AWSSDK.Core's public signer always adds and signs <c>x-amz-content-sha256</c>; this one signs exactly the headers the
/// request carries (as botocore and the AWS test suite do), so its output can be checked byte for byte against the suite.
/// Derived signing keys are cached per day, region and service, so the four HMAC steps run once a day, not per request.
/// </remarks>
internal sealed class SigV4Signer(string region, string service)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    private const int MaxCachedPaths = 1024;

    private const int MaxCachedNames = 256;

    private static readonly ConcurrentDictionary<string, string> CanonicalPaths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> LowerCaseNames = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<Uri, string> HostHeaders = [];

    [ThreadStatic]
    private static StringBuilder? t_builder;

    [ThreadStatic]
    private static List<CanonicalHeader>? t_headers;

    // HMAC-SHA256 with the day's signing key, kept per thread: reusing the keyed state halves the cost of the one HMAC per request.
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    // Likewise a SHA-256 state per thread: two hashes per request, without setting up the digest each time.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    private SigningKeyCache? _keyCache;
    private AmzDateCache? _lastDate;

    public string Region { get; } = region;

    public string Service { get; } = service;

    /// <summary>
    /// Signs <paramref name="request"/>: sets <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (when there is a token; it is signed)
    /// and <c>Authorization</c>. Every header already on the request and its content is signed, except those proxies may rewrite.
    /// </summary>
    /// <param name="request">The request, with every header to sign already set.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <param name="accessKeyId">The access key id.</param>
    /// <param name="secretAccessKey">The secret key (used only to derive the signing key).</param>
    /// <param name="sessionToken">The session token of temporary credentials, or null.</param>
    /// <param name="signingTime">The time to sign with.</param>
    /// <param name="addContentSha256">Also send and sign <c>x-amz-content-sha256</c> (S3-style); Bedrock does not need it.</param>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, string accessKeyId, string secretAccessKey, string? sessionToken, DateTimeOffset signingTime, bool addContentSha256 = false)
    {
        Span<char> payloadHash = stackalloc char[64];
        HexSha256(body, payloadHash);
        var amzDate = AmzDate(signingTime.UtcDateTime);

        SetHeader(request, "X-Amz-Date", amzDate);
        if (!string.IsNullOrEmpty(sessionToken))
        {
            SetHeader(request, "X-Amz-Security-Token", sessionToken);
        }

        if (addContentSha256)
        {
            SetHeader(request, "X-Amz-Content-SHA256", new string(payloadHash));
        }

        var headers = RentHeaders();
        Span<byte> canonicalHash = stackalloc byte[32];
        Span<char> signedHeaders = stackalloc char[256];
        int signedHeadersLength;
        var builder = RentBuilder();
        try
        {
            CollectHeaders(request, headers);
            var (start, length) = AppendCanonicalRequest(builder, request.Method.Method, request.RequestUri!, headers, payloadHash);
            Sha256OfUtf8(builder, canonicalHash);

            // The Authorization header repeats the signed-header line of the canonical request.
            signedHeadersLength = length;
            if (length > signedHeaders.Length)
            {
                signedHeaders = new char[length];
            }

            builder.CopyTo(start, signedHeaders, length);
        }
        finally
        {
            ReturnBuilder(builder);
            ReturnHeaders(headers);
        }

        // The derived key and the credential scope change once a day: both come from the cache.
        var signing = SigningKey(secretAccessKey, amzDate.AsSpan(0, 8));
        Span<char> canonicalHex = stackalloc char[64];
        Convert.TryToHexStringLower(canonicalHash, canonicalHex, out _);
        Span<byte> signature = stackalloc byte[32];
        Span<char> stringToSign = stackalloc char[256];
        if (stringToSign.TryWrite(CultureInfo.InvariantCulture, $"{Algorithm}\n{amzDate}\n{signing.Scope}\n{canonicalHex}", out var stringToSignLength))
        {
            HmacOfUtf8(signing.Key, stringToSign[..stringToSignLength], signature);
        }
        else
        {
            // Only an unusually long region name gets here.
            HmacOfUtf8(signing.Key, $"{Algorithm}\n{amzDate}\n{signing.Scope}\n{canonicalHex}", signature);
        }

        Span<char> signatureHex = stackalloc char[64];
        Convert.TryToHexStringLower(signature, signatureHex, out _);

        ReadOnlySpan<char> signed = signedHeaders[..signedHeadersLength];
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            string.Create(CultureInfo.InvariantCulture, stackalloc char[512], $"{Algorithm} Credential={accessKeyId}/{signing.Scope}, SignedHeaders={signed}, Signature={signatureHex}"));
    }

    /// <summary>The canonical request of the specification (exposed for tests).</summary>
    internal static string BuildCanonicalRequest(HttpRequestMessage request, string payloadHash)
    {
        var headers = new List<CanonicalHeader>();
        CollectHeaders(request, headers);
        var builder = new StringBuilder(256);
        AppendCanonicalRequest(builder, request.Method.Method, request.RequestUri!, headers, payloadHash);
        return builder.ToString();
    }

    /// <summary>Appends the canonical request; returns where its signed-header line is in the builder.</summary>
    private static (int SignedHeadersStart, int SignedHeadersLength) AppendCanonicalRequest(StringBuilder builder, string method, Uri uri, List<CanonicalHeader> headers, ReadOnlySpan<char> payloadHash)
    {
        builder.Append(method).Append('\n');
        builder.Append(CanonicalPath(uri.AbsolutePath));
        builder.Append('\n');
        AppendCanonicalQuery(builder, uri.Query);
        builder.Append('\n');
        foreach (var header in headers)
        {
            builder.Append(header.Name).Append(':');
            AppendCanonicalValues(builder, header);
            builder.Append('\n');
        }

        builder.Append('\n');
        var signedHeadersStart = builder.Length;
        for (var i = 0; i < headers.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(';');
            }

            builder.Append(headers[i].Name);
        }

        var signedHeadersLength = builder.Length - signedHeadersStart;
        builder.Append('\n').Append(payloadHash);
        return (signedHeadersStart, signedHeadersLength);
    }

    /// <summary>SHA-256 of the builder's text as UTF-8, without materialising the string.</summary>
    private static void Sha256OfUtf8(StringBuilder builder, Span<byte> hash)
    {
        var length = builder.Length;
        var chars = ArrayPool<char>.Shared.Rent(length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            builder.CopyTo(0, chars, 0, length);
            var written = Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0);
            Sha256(bytes.AsSpan(0, written), hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>HMAC-SHA256 of text as UTF-8, encoded on the stack when it is short.</summary>
    private static void HmacOfUtf8(byte[] key, ReadOnlySpan<char> text, Span<byte> destination)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = maxBytes > 768 ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        Span<byte> bytes = rented ?? stackalloc byte[768];
        try
        {
            var written = Encoding.UTF8.GetBytes(text, bytes);
            var hmac = t_hmac;
            if (hmac is null || !ReferenceEquals(t_hmacKey, key))
            {
                hmac?.Dispose();
                hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                t_hmac = hmac;
                t_hmacKey = key;
            }

            hmac.AppendData(bytes[..written]);
            hmac.GetHashAndReset(destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static StringBuilder RentBuilder()
    {
        var builder = t_builder ?? new StringBuilder(512);
        t_builder = null;
        return builder;
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        // Keep one per thread for the next request, unless an unusual request made it large.
        if (builder.Capacity <= 8 * 1024)
        {
            builder.Clear();
            t_builder = builder;
        }
    }

    /// <summary>
    /// Lower-case header names with their values, sorted by name. Reads the values as they were set (no header parsing),
    /// since parsing every header on every request is most of what signing would otherwise cost.
    /// </summary>
    internal static void CollectHeaders(HttpRequestMessage request, List<CanonicalHeader> headers)
    {
        var uri = request.RequestUri!;
        headers.Add(new CanonicalHeader("host", request.Headers.Host ?? HostHeader(uri)));
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            Add(headers, name, values);
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers.NonValidated)
            {
                Add(headers, name, values);
            }
        }

        // A handful of headers: insertion sort, no allocation.
        for (var i = 1; i < headers.Count; i++)
        {
            var current = headers[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(headers[j].Name, current.Name) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }

            headers[j + 1] = current;
        }

        static void Add(List<CanonicalHeader> headers, string name, HeaderStringValues values)
        {
            var lower = LowerCaseName(name);
            if (!IsUnsigned(lower) && lower != "host")
            {
                headers.Add(new CanonicalHeader(lower, values));
            }
        }
    }

    /// <summary>A header to sign: its lower-case name and its values (or, for host, its single value).</summary>
    internal readonly struct CanonicalHeader
    {
        public CanonicalHeader(string name, HeaderStringValues values)
        {
            Name = name;
            Values = values;
        }

        public CanonicalHeader(string name, string value)
        {
            Name = name;
            Single = value;
        }

        public string Name { get; }

        public HeaderStringValues Values { get; }

        public string? Single { get; }
    }

    // Headers that proxies and the HTTP stack may add or rewrite are left out of the signature, as the AWS SDKs do.
    private static bool IsUnsigned(string lowerName) => lowerName is
        "authorization" or "user-agent" or "expect" or "x-amzn-trace-id" or "connection" or "transfer-encoding" or "keep-alive" or "proxy-authorization" or "te" or "upgrade";

    /// <summary>Values trimmed, inner whitespace runs collapsed to one space, several values joined by commas.</summary>
    private static void AppendCanonicalValues(StringBuilder builder, in CanonicalHeader header)
    {
        if (header.Single is { } single)
        {
            AppendCollapsed(builder, single);
            return;
        }

        var first = true;
        foreach (var value in header.Values)
        {
            if (!first)
            {
                builder.Append(',');
            }

            AppendCollapsed(builder, value);
            first = false;
        }
    }

    private static void AppendCollapsed(StringBuilder builder, string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.IndexOfAny(' ', '\t', '\n') < 0)
        {
            builder.Append(trimmed);
            return;
        }

        var previousSpace = false;
        foreach (var c in trimmed)
        {
            var isSpace = c is ' ' or '\t' or '\n' or '\r';
            if (isSpace && previousSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            previousSpace = isSpace;
        }
    }

    /// <summary>Header names are few and repeat on every request: lower-case each once.</summary>
    private static string LowerCaseName(string name)
    {
        if (!name.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return name;
        }

        if (LowerCaseNames.TryGetValue(name, out var lower))
        {
            return lower;
        }

        lower = name.ToLowerInvariant();
        if (LowerCaseNames.Count < MaxCachedNames)
        {
            LowerCaseNames.TryAdd(name, lower);
        }

        return lower;
    }

    /// <summary>The host header value of a request URI; cached per URI (the transport reuses one URI per model and operation).</summary>
    private static string HostHeader(Uri uri) =>
        HostHeaders.GetValue(uri, static u => u.IsDefaultPort ? u.IdnHost : $"{u.IdnHost}:{u.Port}");

    /// <summary><c>X-Amz-Date</c> for the signing time; requests signed within the same second share the string.</summary>
    private string AmzDate(DateTime utc)
    {
        var ticks = utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond);
        var cached = Volatile.Read(ref _lastDate);
        if (cached is not null && cached.Ticks == ticks)
        {
            return cached.Value;
        }

        var value = utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Volatile.Write(ref _lastDate, new AmzDateCache(ticks, value));
        return value;
    }

    private static List<CanonicalHeader> RentHeaders()
    {
        var headers = t_headers ?? new List<CanonicalHeader>(16);
        t_headers = null;
        return headers;
    }

    private static void ReturnHeaders(List<CanonicalHeader> headers)
    {
        if (headers.Count <= 64)
        {
            headers.Clear();
            t_headers = headers;
        }
    }

    /// <summary>The canonical form of a path; cached, since a process calls few distinct model paths over and over.</summary>
    private static string CanonicalPath(string absolutePath)
    {
        if (CanonicalPaths.TryGetValue(absolutePath, out var canonical))
        {
            return canonical;
        }

        var builder = new StringBuilder(absolutePath.Length + 16);
        AppendCanonicalPath(builder, absolutePath);
        canonical = builder.ToString();
        if (CanonicalPaths.Count < MaxCachedPaths)
        {
            CanonicalPaths.TryAdd(absolutePath, canonical);
        }

        return canonical;
    }

    // Non-S3 services encode each (already encoded) path segment once more, after removing dot segments and empty segments.
    private static void AppendCanonicalPath(StringBuilder builder, string absolutePath)
    {
        var segments = new List<string>();
        foreach (var segment in absolutePath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        if (segments.Count == 0)
        {
            builder.Append('/');
            return;
        }

        foreach (var segment in segments)
        {
            builder.Append('/');
            UriEncode(builder, segment);
        }

        if (absolutePath.EndsWith('/'))
        {
            builder.Append('/');
        }
    }

    private static void AppendCanonicalQuery(StringBuilder builder, string query)
    {
        if (query.Length <= 1)
        {
            return;
        }

        var pairs = new List<(string Key, string Value)>();
        foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(part[(equals + 1)..]);
            pairs.Add((Encode(key), Encode(value)));
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Value, b.Value));
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(pairs[i].Key).Append('=').Append(pairs[i].Value);
        }

        static string Encode(string value)
        {
            var builder = new StringBuilder(value.Length);
            UriEncode(builder, value);
            return builder.ToString();
        }
    }

    /// <summary>Percent-encodes every byte but the RFC 3986 unreserved characters, with upper-case hex.</summary>
    private static void UriEncode(StringBuilder builder, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(((int)b).ToString("X2", CultureInfo.InvariantCulture));
            }
        }
    }

    private static void HexSha256(ReadOnlySpan<byte> data, Span<char> hex)
    {
        Span<byte> hash = stackalloc byte[32];
        Sha256(data, hash);
        Convert.TryToHexStringLower(hash, hex, out _);
    }

    private static void Sha256(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(data);
        sha256.GetHashAndReset(hash);
    }

    private static void SetHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }

    private SigningKeyCache SigningKey(string secretAccessKey, ReadOnlySpan<char> date)
    {
        var cache = Volatile.Read(ref _keyCache);
        if (cache is not null && date.SequenceEqual(cache.Date) && string.Equals(cache.Secret, secretAccessKey, StringComparison.Ordinal))
        {
            return cache;
        }

        var day = date.ToString();
        var secret = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        var key = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(day));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        cache = new SigningKeyCache(secretAccessKey, day, key, $"{day}/{Region}/{Service}/aws4_request");
        Volatile.Write(ref _keyCache, cache);
        return cache;
    }

    private sealed record AmzDateCache(long Ticks, string Value);

    // Holds the secret only to know when it changed (rotating credentials); never printed.
    private sealed record SigningKeyCache(string Secret, string Date, byte[] Key, string Scope)
    {
        public override string ToString() => $"SigningKeyCache {{ Date = {Date} }}";
    }
}
