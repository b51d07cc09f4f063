using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Word splitting, token estimates and stable hashes shared by the simulated models.</summary>
internal static class TextTools
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Lower-case words (letters and digits) of a text.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Words of an identifier such as <c>getWeather</c> or <c>get_current_weather</c>.</summary>
    public static List<string> IdentifierWords(string identifier)
    {
        var spaced = new StringBuilder();
        for (int i = 0; i < identifier.Length; i++)
        {
            char c = identifier[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(identifier[i - 1]))
            {
                spaced.Append(' ');
            }

            spaced.Append(c);
        }

        return Words(spaced.ToString());
    }

    /// <summary>A deterministic token estimate: one token per word or punctuation run, at least one for non-empty text.</summary>
    public static int CountTokens(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        int tokens = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    tokens++;
                    inWord = true;
                }
            }
            else
            {
                inWord = false;
                if (!char.IsWhiteSpace(c))
                {
                    tokens++;
                }
            }
        }

        return Math.Max(tokens, 1);
    }

    /// <summary>A stable 64-bit hash (the first 8 bytes of SHA-256), identical across processes and runs.</summary>
    public static ulong StableHash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToUInt64(digest);
    }

    /// <summary>A deterministic base62 identifier of the given length derived from <paramref name="seed"/>.</summary>
    public static string Identifier(string seed, int length)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(Base62[digest[i % digest.Length] % Base62.Length]);
        }

        return builder.ToString();
    }

    /// <summary>Splits text into pieces of about <paramref name="wordsPerPiece"/> words, keeping the whitespace, so that the pieces concatenate to the text.</summary>
    public static List<string> SplitIntoPieces(string text, int wordsPerPiece)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        int words = 0;
        for (int i = 0; i < text.Length; i++)
        {
            current.Append(text[i]);
            bool wordEnds = !char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (wordEnds && ++words >= Math.Max(1, wordsPerPiece))
            {
                pieces.Add(current.ToString());
                current.Clear();
                words = 0;
            }
        }

        if (current.Length > 0)
        {
            if (pieces.Count > 0 && string.IsNullOrWhiteSpace(current.ToString()))
            {
                pieces[^1] += current.ToString();
            }
            else
            {
                pieces.Add(current.ToString());
            }
        }

        return pieces;
    }

    /// <summary>Splits a string into <paramref name="count"/> nearly equal pieces (the first may be empty, as Bedrock's first tool input delta often is).</summary>
    public static List<string> SplitEvenly(string text, int count)
    {
        var pieces = new List<string>();
        int size = Math.Max(1, (int)Math.Ceiling(text.Length / (double)count));
        for (int start = 0; start < text.Length; start += size)
        {
            pieces.Add(text.Substring(start, Math.Min(size, text.Length - start)));
        }

        if (pieces.Count == 0)
        {
            pieces.Add(string.Empty);
        }

        return pieces;
    }
}
