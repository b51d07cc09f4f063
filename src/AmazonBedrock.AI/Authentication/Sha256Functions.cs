using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// The two primitives SigV4 needs per request, SHA-256 and HMAC-SHA256 with the day's key: through OpenSSL's block
/// functions where <see cref="OpenSslSha256"/> is available, else through <see cref="IncrementalHash"/> states kept per thread.
/// </summary>
// Every stack buffer here is written before it is read: no need to zero them first.
[SkipLocalsInit]
internal static class Sha256Functions
{
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        if (OpenSslSha256.IsAvailable && data.Length <= OpenSslSha256.MaxInputLength)
        {
            OpenSslSha256.Hash(data, hash);
            return;
        }

        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(data);
        sha256.GetHashAndReset(hash);
    }

    /// <summary>An HMAC-SHA256 key prepared once (the SigV4 signing key changes once a day).</summary>
    public sealed class HmacKey
    {
        private const int BlockSize = 64;

        [ThreadStatic]
        private static IncrementalHash? t_hmac;

        [ThreadStatic]
        private static HmacKey? t_hmacKey;

        private readonly byte[] _key;
        private readonly byte[]? _innerState;
        private readonly byte[]? _outerState;

        public HmacKey(byte[] key)
        {
            _key = key;
            if (OpenSslSha256.IsAvailable && key.Length <= BlockSize)
            {
                // HMAC(K, m) = H((K ^ opad) || H((K ^ ipad) || m)): the padded key blocks are hashed once, here.
                Span<byte> pad = stackalloc byte[BlockSize];
                Pad(key, 0x36, pad);
                _innerState = OpenSslSha256.Absorb(pad);
                Pad(key, 0x5c, pad);
                _outerState = OpenSslSha256.Absorb(pad);
                pad.Clear();
            }
        }

        public void Compute(ReadOnlySpan<byte> data, Span<byte> mac)
        {
            if (_innerState is not null && data.Length <= OpenSslSha256.MaxInputLength)
            {
                Span<byte> inner = stackalloc byte[32];
                OpenSslSha256.HashFrom(_innerState, data, inner);
                OpenSslSha256.HashFrom(_outerState!, inner, mac);
                return;
            }

            var hmac = t_hmac;
            if (hmac is null || !ReferenceEquals(t_hmacKey, this))
            {
                hmac?.Dispose();
                hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
                t_hmac = hmac;
                t_hmacKey = this;
            }

            hmac.AppendData(data);
            hmac.GetHashAndReset(mac);
        }

        private static void Pad(ReadOnlySpan<byte> key, byte with, Span<byte> block)
        {
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = (byte)((i < key.Length ? key[i] : 0) ^ with);
            }
        }
    }
}
