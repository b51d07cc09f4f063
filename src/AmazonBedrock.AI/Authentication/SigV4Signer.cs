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
// Every stack buffer here is written before it is read: no need to zero them first.
[SkipLocalsInit]
internal sealed class SigV4Signer(string region, string service)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\n\r");

    private static ReadOnlySpan<byte> AlgorithmLine => "AWS4-HMAC-SHA256\n"u8;

    private const int MaxCachedPaths = 1024;

    private const int MaxCachedNames = 256;

    private static readonly ConcurrentDictionary<string, string> CanonicalPaths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> LowerCaseNames = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static Utf8Text? t_text;

    [ThreadStatic]
    private static List<CanonicalHeader>? t_headers;

    private SigningKeyCache? _keyCache;
    private AmzDateCache? _lastDate;
    private UriParts? _lastUri;
    private AuthorizationPrefixCache? _lastPrefix;

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
    /// <param name="templated">
    /// For a request the transport built to its <see cref="SigV4HeaderTemplate"/>: the template and the values of its slots.
    /// The canonical headers then come from the template instead of being read back from the message.
    /// </param>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, string accessKeyId, string secretAccessKey, string? sessionToken, DateTimeOffset signingTime, bool addContentSha256 = false, TemplatedHeaders? templated = null)
    {
        Span<byte> hash = stackalloc byte[32];
        Sha256Functions.Hash(body, hash);
        Span<byte> payloadHash = stackalloc byte[64];
        Convert.TryToHexStringLower(hash, payloadHash, out _);
        var amzDate = AmzDate(signingTime.UtcDateTime);

        SetHeader(request, "X-Amz-Date", amzDate);
        if (!string.IsNullOrEmpty(sessionToken))
        {
            SetHeader(request, "X-Amz-Security-Token", sessionToken);
        }

        if (addContentSha256)
        {
            SetHeader(request, "X-Amz-Content-SHA256", Encoding.ASCII.GetString(payloadHash));
        }

        // The derived key and the credential scope change once a day: both come from the cache.
        var signing = SigningKey(secretAccessKey, amzDate.AsSpan(0, 8));

        // The canonical request is written as UTF-8 straight away: it is only ever hashed.
        List<CanonicalHeader>? headers = null;
        var text = RentText();
        Span<byte> canonicalHash = stackalloc byte[32];
        string prefix;
        try
        {
            var uri = Parts(request.RequestUri!);
            int start, length;
            if (templated is { } known && !addContentSha256)
            {
                AppendRequestLines(text, request.Method.Method, uri.Path, uri.Query);
                (start, length) = known.Template.Append(text, new SigV4HeaderTemplate.SlotValues(known.ContentType, known.InvocationId, known.Attempt, uri.Host, amzDate, string.IsNullOrEmpty(sessionToken) ? null : sessionToken));
                text.Append((byte)'\n');
                text.Append(payloadHash);
            }
            else
            {
                headers = RentHeaders();
                CollectHeaders(request, headers, request.Headers.Host ?? uri.Host);
                (start, length) = AppendCanonicalRequest(text, request.Method.Method, uri.Path, uri.Query, headers, payloadHash);
            }

            Sha256Functions.Hash(text.Written, canonicalHash);
            prefix = AuthorizationPrefix(accessKeyId, signing, text.Written.Slice(start, length));
        }
        finally
        {
            ReturnText(text);
            if (headers is not null)
            {
                ReturnHeaders(headers);
            }
        }

        Span<byte> signature = stackalloc byte[32];
        StringToSignHmac(signing, amzDate, canonicalHash, signature);

        // The value is the cached prefix and the signature in hex.
        var valueLength = prefix.Length + 64;
        Span<char> value = valueLength <= 512 ? stackalloc char[512] : new char[valueLength];
        prefix.CopyTo(value);
        Convert.TryToHexStringLower(signature, value[prefix.Length..], out _);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", new string(value[..valueLength]));
    }

    /// <summary>
    /// <c>Authorization</c> up to the signature: the credential and the signed-header line (lower-case ASCII names) of the
    /// canonical request. It changes only with the key, the day or the set of headers, so the last one is kept.
    /// </summary>
    private string AuthorizationPrefix(string accessKeyId, SigningKeyCache signing, ReadOnlySpan<byte> signedHeaders)
    {
        var last = Volatile.Read(ref _lastPrefix);
        if (last is not null && ReferenceEquals(last.Signing, signing) && string.Equals(last.AccessKeyId, accessKeyId, StringComparison.Ordinal) && signedHeaders.SequenceEqual(last.SignedHeaders))
        {
            return last.Value;
        }

        var value = $"{Algorithm} Credential={accessKeyId}/{signing.Scope}, SignedHeaders={Encoding.Latin1.GetString(signedHeaders)}, Signature=";
        Volatile.Write(ref _lastPrefix, new AuthorizationPrefixCache(accessKeyId, signing, signedHeaders.ToArray(), value));
        return value;
    }

    /// <summary>The canonical request of the specification (exposed for tests).</summary>
    internal static string BuildCanonicalRequest(HttpRequestMessage request, string payloadHash)
    {
        var headers = new List<CanonicalHeader>();
        var uri = UriParts.Of(request.RequestUri!);
        CollectHeaders(request, headers, request.Headers.Host ?? uri.Host);
        var text = new Utf8Text();
        AppendCanonicalRequest(text, request.Method.Method, uri.Path, uri.Query, headers, Encoding.ASCII.GetBytes(payloadHash));
        return Encoding.UTF8.GetString(text.Written);
    }

    /// <summary>Appends the canonical request; returns where its signed-header line is.</summary>
    private static (int SignedHeadersStart, int SignedHeadersLength) AppendCanonicalRequest(Utf8Text text, string method, string canonicalPath, string canonicalQuery, List<CanonicalHeader> headers, ReadOnlySpan<byte> payloadHash)
    {
        AppendRequestLines(text, method, canonicalPath, canonicalQuery);
        foreach (var header in headers)
        {
            text.Append(header.Name);
            text.Append((byte)':');
            AppendCanonicalValues(text, header);
            text.Append((byte)'\n');
        }

        text.Append((byte)'\n');
        var signedHeadersStart = text.Length;
        for (var i = 0; i < headers.Count; i++)
        {
            if (i > 0)
            {
                text.Append((byte)';');
            }

            text.Append(headers[i].Name);
        }

        var signedHeadersLength = text.Length - signedHeadersStart;
        text.Append((byte)'\n');
        text.Append(payloadHash);
        return (signedHeadersStart, signedHeadersLength);
    }

    /// <summary>The canonical request's method, path and query lines.</summary>
    private static void AppendRequestLines(Utf8Text text, string method, string canonicalPath, string canonicalQuery)
    {
        text.Append(method);
        text.Append((byte)'\n');
        text.Append(canonicalPath);
        text.Append((byte)'\n');
        text.Append(canonicalQuery);
        text.Append((byte)'\n');
    }

    /// <summary>HMAC-SHA256, with the day's key, of the string to sign, written as UTF-8 on the stack.</summary>
    private static void StringToSignHmac(SigningKeyCache signing, string amzDate, ReadOnlySpan<byte> canonicalHash, Span<byte> destination)
    {
        var length = AlgorithmLine.Length + amzDate.Length + 1 + signing.ScopeUtf8.Length + 1 + 64;
        byte[]? rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> bytes = rented ?? stackalloc byte[256];
        try
        {
            AlgorithmLine.CopyTo(bytes);
            var at = AlgorithmLine.Length;
            at += Encoding.UTF8.GetBytes(amzDate, bytes[at..]);
            bytes[at++] = (byte)'\n';
            signing.ScopeUtf8.CopyTo(bytes[at..]);
            at += signing.ScopeUtf8.Length;
            bytes[at++] = (byte)'\n';
            Convert.TryToHexStringLower(canonicalHash, bytes[at..], out var written);
            at += written;

            signing.Key.Compute(bytes[..at], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static Utf8Text RentText()
    {
        var text = t_text ?? new Utf8Text();
        t_text = null;
        return text;
    }

    private static void ReturnText(Utf8Text text)
    {
        // Keep one per thread for the next request, unless an unusual request made it large.
        if (text.Capacity <= 16 * 1024)
        {
            text.Clear();
            t_text = text;
        }
    }

    /// <summary>
    /// Lower-case header names with their values, sorted by name. Reads the values as they were set (no header parsing),
    /// since parsing every header on every request is most of what signing would otherwise cost.
    /// </summary>
    internal static void CollectHeaders(HttpRequestMessage request, List<CanonicalHeader> headers, string host)
    {
        headers.Add(new CanonicalHeader("host", host));
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
    internal static void AppendCanonicalValues(Utf8Text text, in CanonicalHeader header)
    {
        if (header.Single is { } single)
        {
            AppendCollapsed(text, single);
            return;
        }

        var first = true;
        foreach (var value in header.Values)
        {
            if (!first)
            {
                text.Append((byte)',');
            }

            AppendCollapsed(text, value);
            first = false;
        }
    }

    internal static void AppendCollapsed(Utf8Text text, string value)
    {
        var rest = value.AsSpan().Trim();
        while (rest.IndexOfAny(WhiteSpace) is var space and >= 0)
        {
            // Each run of white space becomes one space.
            text.Append(rest[..space]);
            text.Append((byte)' ');
            rest = rest[space..].TrimStart(" \t\n\r");
        }

        text.Append(rest);
    }

    /// <summary>Header names are few and repeat on every request: lower-case each once.</summary>
    private static string LowerCaseName(string name)
    {
        // The names every Bedrock request carries, without hashing them.
        switch (name)
        {
            case "Content-Type": return "content-type";
            case "X-Amz-Date": return "x-amz-date";
            case "X-Amz-Security-Token": return "x-amz-security-token";
            case "User-Agent": return "user-agent";
            case "Authorization": return "authorization";
        }

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

    /// <summary>
    /// The URI's parts of the canonical request. The transport reuses one URI per model and operation, so the last one is
    /// remembered here (a reference check), and the paths of others come from the process-wide cache.
    /// </summary>
    private UriParts Parts(Uri uri)
    {
        var last = Volatile.Read(ref _lastUri);
        if (last is not null && ReferenceEquals(last.Uri, uri))
        {
            return last;
        }

        var parts = UriParts.Of(uri);
        Volatile.Write(ref _lastUri, parts);
        return parts;
    }

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

    private static string CanonicalQuery(string query)
    {
        var builder = new StringBuilder(query.Length + 16);
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

        return builder.ToString();

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

    /// <summary>Sets a header the signer owns, replacing any value the request had.</summary>
    internal static void SetHeader(HttpRequestMessage request, string name, string value)
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
        var scope = $"{day}/{Region}/{Service}/aws4_request";
        cache = new SigningKeyCache(secretAccessKey, day, new Sha256Functions.HmacKey(key), scope, Encoding.UTF8.GetBytes(scope));
        Volatile.Write(ref _keyCache, cache);
        return cache;
    }

    private sealed record AmzDateCache(long Ticks, string Value);

    /// <summary>A request built to a <see cref="SigV4HeaderTemplate"/>, with the values the transport put in its slots.</summary>
    public readonly record struct TemplatedHeaders(SigV4HeaderTemplate Template, string ContentType, string InvocationId, string Attempt);

    /// <summary>An <c>Authorization</c> prefix and what it was made from. It holds the signing cache only to compare it by reference.</summary>
    private sealed class AuthorizationPrefixCache(string accessKeyId, SigningKeyCache signing, byte[] signedHeaders, string value)
    {
        public string AccessKeyId { get; } = accessKeyId;

        public SigningKeyCache Signing { get; } = signing;

        public byte[] SignedHeaders { get; } = signedHeaders;

        public string Value { get; } = value;
    }

    /// <summary>A request URI with its host header value, canonical path and canonical query.</summary>
    private sealed record UriParts(Uri Uri, string Host, string Path, string Query)
    {
        public static UriParts Of(Uri uri) => new(
            uri,
            uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}",
            CanonicalPath(uri.AbsolutePath),
            uri.Query.Length > 1 ? CanonicalQuery(uri.Query) : string.Empty);
    }

    // Holds the secret only to know when it changed (rotating credentials); never printed.
    private sealed record SigningKeyCache(string Secret, string Date, Sha256Functions.HmacKey Key, string Scope, byte[] ScopeUtf8)
    {
        public override string ToString() => $"SigningKeyCache {{ Date = {Date} }}";
    }
}
