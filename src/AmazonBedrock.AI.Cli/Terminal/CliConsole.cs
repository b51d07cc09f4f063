namespace AmazonBedrock.AI.Cli.Terminal;

/// <summary>The streams the tool talks through, and what they are connected to.</summary>
/// <param name="Out">Answers, embeddings and file names: what a script would capture.</param>
/// <param name="Error">Errors, notices, the spinner and <c>--verbose</c> details.</param>
/// <param name="In">The chat input, or a prompt piped in.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal; the spinner is shown only then.</param>
/// <param name="InputIsRedirected">Whether <paramref name="In"/> is a pipe or file rather than a keyboard.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool ErrorIsTerminal = false, bool InputIsRedirected = false)
{
    /// <summary>The console of this process.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error, Console.In, !Console.IsErrorRedirected, Console.IsInputRedirected);
}
