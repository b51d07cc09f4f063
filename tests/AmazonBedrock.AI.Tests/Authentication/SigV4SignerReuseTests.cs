using System.Text;
using AmazonBedrock.AI.Authentication;

namespace AmazonBedrock.AI.Tests.Authentication;

/// <summary>
/// One signer signs request after request and keeps what repeats (the day's key, the <c>Authorization</c> prefix). Whatever
/// changes between two requests must show in the second signature: each is compared with a fresh signer's.
/// </summary>
public sealed class SigV4SignerReuseTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}""");
    private static readonly DateTimeOffset Day1 = new(2026, 11, 27, 23, 59, 59, TimeSpan.Zero);

    public static TheoryData<string, Signing> Changes() => new()
    {
        { "nothing", new Signing() },
        { "one more header", new Signing { ExtraHeader = ("X-Extra", "1") } },
        { "another header name", new Signing { ExtraHeader = ("X-Other", "1") } },
        { "access key id", new Signing { AccessKeyId = "AKIDOTHER" } },
        { "secret", new Signing { Secret = "other/SECRET" } },
        { "session token", new Signing { Token = "token-value" } },
        { "next day", new Signing { Time = Day1.AddSeconds(1) } },
        { "next second", new Signing { Time = Day1.AddSeconds(-1) } },
        { "model", new Signing { ModelId = "amazon.nova-pro-v1:0" } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_reused_signer_signs_like_a_fresh_one(string change, Signing second)
    {
        Assert.NotEmpty(change);
        var reused = new SigV4Signer("us-east-1", "bedrock");
        var first = new Signing();
        Assert.Equal(Authorization(new SigV4Signer("us-east-1", "bedrock"), first), Authorization(reused, first));

        var expected = Authorization(new SigV4Signer("us-east-1", "bedrock"), second);
        Assert.Equal(expected, Authorization(reused, second));
        Assert.Equal(Authorization(new SigV4Signer("us-east-1", "bedrock"), first), Authorization(reused, first));
    }

    [Fact]
    public void A_very_long_signed_header_line_still_fits()
    {
        var signing = new Signing { ExtraHeader = ("X-" + new string('a', 600), "1") };
        var value = Authorization(new SigV4Signer("us-east-1", "bedrock"), signing);
        Assert.Contains("x-" + new string('a', 600), value, StringComparison.Ordinal);
        Assert.Matches("Signature=[0-9a-f]{64}$", value);
    }

    private static string Authorization(SigV4Signer signer, Signing signing)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"https://bedrock-runtime.us-east-1.amazonaws.com/model/{Uri.EscapeDataString(signing.ModelId)}/converse"))
        {
            Content = new ByteArrayContent(Body),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        if (signing.ExtraHeader is var (name, value))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        signer.Sign(request, Body, signing.AccessKeyId, signing.Secret, signing.Token, signing.Time);
        return request.Headers.GetValues("Authorization").Single();
    }

    /// <summary>What one signing is made of.</summary>
    public sealed record Signing
    {
        public string AccessKeyId { get; init; } = "AKIDEXAMPLE";

        public string Secret { get; init; } = "secret/KEY";

        public string? Token { get; init; }

        public DateTimeOffset Time { get; init; } = Day1;

        public string ModelId { get; init; } = "anthropic.claude-3-5-sonnet-20240620-v1:0";

        public (string Name, string Value)? ExtraHeader { get; init; }
    }
}
