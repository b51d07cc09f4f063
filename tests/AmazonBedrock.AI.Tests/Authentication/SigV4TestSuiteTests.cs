using System.Globalization;
using System.Text;
using System.Text.Json;
using AmazonBedrock.AI.Authentication;

namespace AmazonBedrock.AI.Tests.Authentication;

/// <summary>
/// Runs the AWS SigV4 test-suite cases that apply to a signed POST through the library's authenticator
/// (AWSSDK.Core's signer underneath) and compares the Authorization header with the expected one.
/// </summary>
public sealed class SigV4TestSuiteTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var suite in new[] { "bedrock-generated", "aws-c-auth-v4" })
        {
            foreach (var dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4", suite)).Order(StringComparer.Ordinal))
            {
                // The aws4fetch case documents the AI SDK's signer, which leaves content-type unsigned; ours signs it, as botocore does.
                if (!dir.EndsWith("-aws4fetch", StringComparison.Ordinal))
                {
                    data.Add(Path.Combine(suite, Path.GetFileName(dir)));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signature_matches_the_test_suite(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4", name);
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "context.json")));
        var root = context.RootElement;
        var credentials = root.GetProperty("credentials");
        var omitToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        var token = credentials.TryGetProperty("token", out var t) && !omitToken ? t.GetString() : null;
        var time = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture);
        var service = root.GetProperty("service").GetString();

        var (message, body) = ParseRequest(File.ReadAllText(Path.Combine(dir, "request.txt")));
        var signBody = root.GetProperty("sign_body").GetBoolean();
        var signer = new SigV4Signer(root.GetProperty("region").GetString()!, service!);
        signer.Sign(message, body, credentials.GetProperty("access_key_id").GetString()!, credentials.GetProperty("secret_access_key").GetString()!, token, time, signBody);

        var authorization = message.Headers.GetValues("Authorization").Single();
        var expectedCanonical = File.ReadAllText(Path.Combine(dir, "header-canonical-request.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var payloadHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        Assert.Equal(expectedCanonical, SigV4Signer.BuildCanonicalRequest(message, payloadHash));
        var expected = File.ReadAllLines(Path.Combine(dir, "header-signed-request.txt")).Single(l => l.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase))["Authorization:".Length..];
        Assert.Equal(expected.Trim(), authorization);
    }

    private static (HttpRequestMessage Message, byte[] Body) ParseRequest(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split >= 0 ? normalized[..split] : normalized;
        var body = split >= 0 ? Encoding.UTF8.GetBytes(normalized[(split + 2)..]) : [];
        var lines = head.Split('\n');
        var requestLine = lines[0].Split(' ');
        string? host = null;
        var headers = new List<(string, string)>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var headerName = line[..colon];
            var value = line[(colon + 1)..];
            if (headerName.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                host = value;
            }
            else
            {
                headers.Add((headerName, value));
            }
        }

        var message = new HttpRequestMessage(new HttpMethod(requestLine[0]), new Uri($"https://{host}{string.Join(' ', requestLine[1..^1])}"));
        if (requestLine[0] != "GET")
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (headerName, value) in headers)
        {
            if (!message.Headers.TryAddWithoutValidation(headerName, value))
            {
                message.Content!.Headers.TryAddWithoutValidation(headerName, value);
            }
        }

        return (message, body);
    }
}
