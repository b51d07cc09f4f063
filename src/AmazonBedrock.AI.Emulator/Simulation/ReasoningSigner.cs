using System.Security.Cryptography;
using System.Text;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Issues and checks reasoning signatures: an HMAC of the reasoning text under the emulator's key, so replayed reasoning can be verified.</summary>
internal sealed class ReasoningSigner
{
    private readonly byte[] _key;

    public ReasoningSigner(string key) => _key = Encoding.UTF8.GetBytes(key);

    public string Sign(string reasoningText) =>
        "EmuSig" + Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(reasoningText)));

    public bool IsValid(string reasoningText, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Sign(reasoningText)), Encoding.UTF8.GetBytes(signature));
}
