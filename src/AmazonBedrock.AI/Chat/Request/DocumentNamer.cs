using System.Text;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Gives every document of one request a name Bedrock accepts (letters, digits, single spaces, hyphens, parentheses,
/// square brackets; 1-200 characters) and that no other document in the request has. Unnamed documents get
/// <c>document-1</c>, <c>document-2</c> … in order, so the same conversation always produces the same names (cache hits).
/// </summary>
internal sealed class DocumentNamer
{
    private const int MaxLength = 200;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private int _unnamed;

    public string Next(string? fileName)
    {
        var name = Clean(fileName);
        if (name.Length == 0)
        {
            do
            {
                name = $"document-{++_unnamed}";
            }
            while (_used.Contains(name));
        }
        else if (_used.Contains(name))
        {
            var baseName = name;
            var n = 2;
            do
            {
                var suffix = $" ({n++})";
                name = baseName[..Math.Min(baseName.Length, MaxLength - suffix.Length)] + suffix;
            }
            while (_used.Contains(name));
        }

        _used.Add(name);
        return name;
    }

    /// <summary>The file name without its extension, reduced to the allowed characters.</summary>
    internal static string Clean(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return string.Empty;
        }

        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var stem = dot > 0 ? fileName[..dot] : fileName;
        var builder = new StringBuilder(stem.Length);
        var pendingSpace = false;
        foreach (var c in stem)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '(' or ')' or '[' or ']'))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var name = builder.ToString();
        return name.Length > MaxLength ? name[..MaxLength].TrimEnd() : name;
    }
}
