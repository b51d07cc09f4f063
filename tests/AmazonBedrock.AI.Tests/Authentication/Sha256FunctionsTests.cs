using System.Security.Cryptography;
using System.Text;
using AmazonBedrock.AI.Authentication;

namespace AmazonBedrock.AI.Tests.Authentication;

/// <summary>The signer's hashing (OpenSSL's block functions on Linux, platform hashing elsewhere) against .NET's own.</summary>
public sealed class Sha256FunctionsTests
{
    [Fact]
    public void Linux_uses_the_direct_OpenSSL_path()
    {
        // .NET itself needs OpenSSL on Linux, so the direct path is always there; elsewhere it is never used.
        Assert.Equal(OperatingSystem.IsLinux(), OpenSslSha256.IsAvailable);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)] // AmazonBedrock.AI.DisableDirectOpenSsl
    [InlineData(false, false, false)]
    public void Only_Linux_without_the_switch_loads_OpenSSL_directly(bool isLinux, bool disabled, bool expected)
    {
        Assert.Equal(expected, OpenSslSha256.ShouldLoad(isLinux, disabled));
        Assert.Equal("AmazonBedrock.AI.DisableDirectOpenSsl", OpenSslSha256.DisableSwitch);
    }

    [Fact]
    public void The_AppContext_switch_turns_the_direct_path_off()
    {
        // This process's copy made its choice already; a fresh copy of the assembly reads the switch as a new process would.
        _ = OpenSslSha256.IsAvailable;
        AppContext.SetSwitch(OpenSslSha256.DisableSwitch, true);
        var context = new System.Runtime.Loader.AssemblyLoadContext("switch-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(OpenSslSha256).Assembly.Location);
            var fresh = assembly.GetType(typeof(OpenSslSha256).FullName!, throwOnError: true)!;
            var available = (bool)fresh.GetProperty(nameof(OpenSslSha256.IsAvailable))!.GetValue(null)!;
            Assert.False(available);
        }
        finally
        {
            AppContext.SetSwitch(OpenSslSha256.DisableSwitch, false);
            context.Unload();
        }
    }

    [Fact]
    public void Known_answer_from_FIPS_180()
    {
        Span<byte> hash = stackalloc byte[32];
        Sha256Functions.Hash("abc"u8, hash);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Hash_matches_the_platform_at_every_length_around_the_block_boundaries()
    {
        var data = new byte[300];
        new Random(7).NextBytes(data);
        Span<byte> ours = stackalloc byte[32];
        for (var length = 0; length <= data.Length; length++)
        {
            Sha256Functions.Hash(data.AsSpan(0, length), ours);
            Assert.Equal(SHA256.HashData(data.AsSpan(0, length)), ours.ToArray());
        }
    }

    [Theory]
    [InlineData(OpenSslSha256.MaxInputLength)]
    [InlineData(OpenSslSha256.MaxInputLength + 1)] // longer inputs go to the platform (the direct calls hold off the GC)
    [InlineData(5 * 1024 * 1024)]
    public void Long_inputs_hash_the_same_on_either_path(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        Span<byte> ours = stackalloc byte[32];
        Sha256Functions.Hash(data, ours);
        Assert.Equal(SHA256.HashData(data), ours.ToArray());

        var key = new byte[32];
        var hmac = new Sha256Functions.HmacKey(key);
        hmac.Compute(data, ours);
        Assert.Equal(HMACSHA256.HashData(key, data), ours.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(32)] // a SigV4 signing key
    [InlineData(64)] // one block: the longest key kept as padded midstates
    [InlineData(65)] // longer keys take the platform's HMAC
    [InlineData(200)]
    public void Hmac_matches_the_platform(int keyLength)
    {
        var random = new Random(keyLength);
        var key = new byte[keyLength];
        random.NextBytes(key);
        var hmac = new Sha256Functions.HmacKey(key);
        Span<byte> ours = stackalloc byte[32];
        foreach (var dataLength in new[] { 0, 1, 55, 56, 64, 130, 1000 })
        {
            var data = new byte[dataLength];
            random.NextBytes(data);
            hmac.Compute(data, ours);
            Assert.Equal(HMACSHA256.HashData(key, data), ours.ToArray());

            // Reusing the key gives the same answer (the midstates are copied, never changed).
            hmac.Compute(data, ours);
            Assert.Equal(HMACSHA256.HashData(key, data), ours.ToArray());
        }
    }

    [Fact]
    public void Hmac_keys_on_other_threads_do_not_mix()
    {
        var keys = Enumerable.Range(1, 8).Select(i => Encoding.UTF8.GetBytes(new string((char)('a' + i), 70))).ToArray();
        Parallel.For(0, 2_000, i =>
        {
            var key = keys[i % keys.Length];
            Span<byte> mac = stackalloc byte[32];
            new Sha256Functions.HmacKey(key).Compute("payload"u8, mac);
            Assert.Equal(HMACSHA256.HashData(key, "payload"u8), mac.ToArray());
        });
    }
}
