using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// SHA-256 through OpenSSL's block functions (<c>SHA256_Init</c>, <c>_Update</c>, <c>_Final</c>), called directly on Linux.
/// </summary>
/// <remarks>
/// Why: a signature hashes three short texts. Through <see cref="IncrementalHash"/> each costs about 0.6 µs, almost all of
/// it the EVP layer's per-call work (context reset, error queue, handle checks), not hashing; the block functions, with the
/// state on our stack, hash the same bytes (with the CPU's SHA instructions) in about a fifth of the time. The state is a
/// plain <c>SHA256_CTX</c>, so an HMAC key's padded midstates can be kept and copied, skipping two blocks per HMAC.
/// Used only when the library loads, exports the three functions and passes a known-answer test; otherwise (Windows,
/// macOS, no OpenSSL) <see cref="IsAvailable"/> is false and callers use the platform's hashing. The AppContext switch
/// <c>AmazonBedrock.AI.DisableDirectOpenSsl</c> turns it off (for example where only the FIPS provider may hash).
/// </remarks>
// Every stack buffer here is written before it is read: no need to zero them first.
[SkipLocalsInit]
internal static unsafe class OpenSslSha256
{
    /// <summary><c>sizeof(SHA256_CTX)</c> is 112 bytes in OpenSSL 1.1 and 3; a little room to spare.</summary>
    public const int StateSize = 128;

    public const string DisableSwitch = "AmazonBedrock.AI.DisableDirectOpenSsl";

    /// <summary>
    /// The longest input hashed here. The calls skip the GC transition (a garbage collection waits until they return),
    /// which is right for the few hundred bytes of a typical request (well under a microsecond) but not for a body of
    /// megabytes of images; longer inputs go to the platform's hashing.
    /// </summary>
    public const int MaxInputLength = 16 * 1024;

    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> Init;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> Update;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> Final;

    static OpenSslSha256()
    {
        if (!ShouldLoad(OperatingSystem.IsLinux(), AppContext.TryGetSwitch(DisableSwitch, out var disabled) && disabled))
        {
            return;
        }

        foreach (var name in (string[])["libcrypto.so.3", "libcrypto.so.1.1"])
        {
            if (NativeLibrary.TryLoad(name, out var library)
                && NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
                && NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
                && NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
            {
                Init = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
                Update = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
                Final = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
                IsAvailable = PassesKnownAnswer();
                return;
            }
        }
    }

    /// <summary>Whether the direct path is in use.</summary>
    public static bool IsAvailable { get; }

    /// <summary>Only Linux has OpenSSL as .NET's own crypto library (macOS would abort on loading its unversioned libcrypto).</summary>
    internal static bool ShouldLoad(bool isLinux, bool disabledBySwitch) => isLinux && !disabledBySwitch;

    /// <summary>SHA-256 of <paramref name="data"/> into <paramref name="hash"/> (32 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        byte* state = stackalloc byte[StateSize];
        fixed (byte* input = data)
        fixed (byte* output = hash)
        {
            Init(state);
            Update(state, input, (nuint)data.Length);
            Final(output, state);
        }
    }

    /// <summary>A state that has absorbed <paramref name="block"/> (one 64-byte block: an HMAC key's inner or outer pad).</summary>
    public static byte[] Absorb(ReadOnlySpan<byte> block)
    {
        var state = new byte[StateSize];
        fixed (byte* s = state)
        fixed (byte* input = block)
        {
            Init(s);
            Update(s, input, (nuint)block.Length);
        }

        return state;
    }

    /// <summary>Continues a copy of <paramref name="start"/> (from <see cref="Absorb"/>) with <paramref name="data"/> and finishes it.</summary>
    public static void HashFrom(ReadOnlySpan<byte> start, ReadOnlySpan<byte> data, Span<byte> hash)
    {
        byte* state = stackalloc byte[StateSize];
        start.CopyTo(new Span<byte>(state, StateSize));
        fixed (byte* input = data)
        fixed (byte* output = hash)
        {
            Update(state, input, (nuint)data.Length);
            Final(output, state);
        }
    }

    private static bool PassesKnownAnswer()
    {
        // More than one block, so the block function and the padding are both exercised.
        ReadOnlySpan<byte> probe = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq and a little more to cross a block"u8;
        Span<byte> ours = stackalloc byte[32];
        Span<byte> platform = stackalloc byte[32];
        Hash(probe, ours);
        SHA256.HashData(probe, platform);
        return ours.SequenceEqual(platform);
    }
}
