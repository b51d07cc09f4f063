using System.Text;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Mistral accepts only 9-character alphanumeric tool-call ids. Other ids are hashed (FNV-1a 64 over UTF-8) and written
/// as the last 9 base-62 digits, deterministically, so a call and its result map to the same id (the AI SDK's scheme).
/// </summary>
internal static class MistralToolCallId
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int Length = 9;

    public static string Normalize(string id)
    {
        if (id.Length == Length && id.All(char.IsAsciiLetterOrDigit))
        {
            return id;
        }

        var hash = 0xcbf29ce484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash ^= b;
            hash *= 0x100000001b3UL;
        }

        Span<char> digits = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            digits[i] = Alphabet[(int)(hash % 62)];
            hash /= 62;
        }

        return new string(digits);
    }
}
