using System.Text;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Makes tool names match Bedrock's <c>^[a-zA-Z0-9_-]{1,64}$</c>, the same way in definitions and history.</summary>
internal static class ToolNameSanitizer
{
    public const int MaxLength = 64;

    /// <summary>Drops the characters Bedrock rejects (as the AI SDK does for history), keeps 64 at most, "_" when nothing is left.</summary>
    public static string Sanitize(string name)
    {
        if (IsValid(name))
        {
            return name;
        }

        var builder = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var c in name)
        {
            if (IsAllowed(c))
            {
                builder.Append(c);
                if (builder.Length == MaxLength)
                {
                    break;
                }
            }
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
