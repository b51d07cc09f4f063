using System.Text;

namespace AmazonBedrock.AI.Cli.Running;

/// <summary>
/// Reads <c>.env</c> files as the AI SDK's users write them: <c>KEY=VALUE</c> lines, an optional <c>export</c> prefix,
/// single or double quotes (double quotes understand <c>\n</c>, <c>\t</c>, <c>\"</c> and <c>\\</c>), and <c>#</c> comments.
/// </summary>
internal static class DotEnvFile
{
    /// <summary>The file name looked for in the current folder.</summary>
    public const string FileName = ".env";

    /// <summary>Parses the text of a .env file; malformed lines are skipped, later duplicates win.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<KeyValuePair<string, string>>();
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            string key = line[..equals].Trim();
            if (!IsValidKey(key))
            {
                continue;
            }

            entries.Add(new(key, ParseValue(line[(equals + 1)..].Trim())));
        }

        return entries;
    }

    /// <summary>
    /// Loads <c>.env</c> from <paramref name="directory"/> into the environment, never replacing a variable that is already set.
    /// </summary>
    /// <returns>The names of the variables that were set.</returns>
    public static IReadOnlyList<string> Load(string directory, ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var applied = new List<string>();
        foreach (var (key, value) in Parse(File.ReadAllText(path)))
        {
            if (string.IsNullOrEmpty(environment.Get(key)))
            {
                environment.Set(key, value);
                applied.Add(key);
            }
        }

        return applied;
    }

    private static bool IsValidKey(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string ParseValue(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        char quote = value[0];
        if (quote is '"' or '\'')
        {
            int close = value.IndexOf(quote, 1);
            while (quote == '"' && close > 0 && IsEscaped(value, close))
            {
                close = value.IndexOf(quote, close + 1);
            }

            if (close > 0)
            {
                string inner = value[1..close];
                return quote == '"' ? Unescape(inner) : inner;
            }

            // An unterminated quote is taken literally rather than guessed at.
            return value;
        }

        // Unquoted: a '#' after whitespace starts a comment.
        for (int i = 1; i < value.Length; i++)
        {
            if (value[i] == '#' && char.IsWhiteSpace(value[i - 1]))
            {
                return value[..i].TrimEnd();
            }
        }

        return value;
    }

    private static bool IsEscaped(string value, int index)
    {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && value[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c != '\\' || i + 1 == value.Length)
            {
                builder.Append(c);
                continue;
            }

            char next = value[++i];
            builder.Append(next switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => next,
            });
        }

        return builder.ToString();
    }
}
