using System.Text;
using AmazonBedrock.AI.Emulator;
using AmazonBedrock.AI.Emulator.Signing;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>The emulator's own SigV4 verifier against Bedrock-shaped signed requests produced by botocore.</summary>
public sealed class SigV4VerifierVectorTests
{
    private static readonly string VectorRoot = Path.Combine(AppContext.BaseDirectory, "TestData", "emulator", "sigv4");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string directory in Directory.GetDirectories(VectorRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Botocore_signed_request_verifies(string name)
    {
        var (method, path, query, headers, body) = Load(name);
        Assert.Null(Verifier().Verify(method, path, query, headers, body));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tampered_request_fails(string name)
    {
        var (method, path, query, headers, body) = Load(name);
        byte[] tampered = body.Length > 0 ? [.. body[..^1], (byte)'!'] : "x"u8.ToArray();
        Assert.NotNull(Verifier().Verify(method, path, query, headers, tampered));
        Assert.NotNull(Verifier().Verify(method, path + "x", query, headers, body));
    }

    private static SigV4Verifier Verifier() => new(new BedrockEmulatorOptions { TimeProvider = new FixedTime() });

    private static (string Method, string Path, string Query, Dictionary<string, string> Headers, byte[] Body) Load(string name)
    {
        string text = File.ReadAllText(Path.Combine(VectorRoot, name, "header-signed-request.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int split = text.IndexOf("\n\n", StringComparison.Ordinal);
        string head = split < 0 ? text : text[..split];
        string body = split < 0 ? string.Empty : text[(split + 2)..];
        string[] lines = head.Split('\n');
        string[] requestLine = lines[0].Split(' ');
        string target = requestLine[1];
        int queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines[1..])
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string key = line[..colon];
            headers[key] = headers.TryGetValue(key, out string? existing) ? existing + "," + line[(colon + 1)..] : line[(colon + 1)..];
        }

        return (requestLine[0], queryStart < 0 ? target : target[..queryStart], queryStart < 0 ? string.Empty : target[(queryStart + 1)..], headers, Encoding.UTF8.GetBytes(body));
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    }
}
