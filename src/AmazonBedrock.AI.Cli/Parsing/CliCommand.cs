using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Parsing;

/// <summary>A fully parsed and validated command line.</summary>
internal sealed record CliCommand
{
    /// <summary>The sub-command.</summary>
    public required CommandKind Kind { get; init; }

    /// <summary>The positional arguments after the sub-command (prompt words, texts to embed).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary><c>--model</c>; <see langword="null"/> means the sub-command's default model.</summary>
    public string? Model { get; init; }

    /// <summary><c>--system</c>.</summary>
    public string? System { get; init; }

    /// <summary><c>--file</c>, in the order given.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary><c>--json-schema</c>: a file path or inline JSON.</summary>
    public string? JsonSchema { get; init; }

    /// <summary><c>--max-tokens</c>.</summary>
    public int? MaxTokens { get; init; }

    /// <summary><c>--temperature</c>.</summary>
    public float? Temperature { get; init; }

    /// <summary><c>--reasoning</c>.</summary>
    public ReasoningEffort? Reasoning { get; init; }

    /// <summary><c>--region</c>.</summary>
    public string? Region { get; init; }

    /// <summary><c>--profile</c>.</summary>
    public string? Profile { get; init; }

    /// <summary><c>--endpoint</c>.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary><c>--emulator</c>.</summary>
    public bool Emulator { get; init; }

    /// <summary><c>--verbose</c>.</summary>
    public bool Verbose { get; init; }

    /// <summary><c>-o</c>/<c>--output</c> (image only).</summary>
    public string? Output { get; init; }

    /// <summary><c>--size WIDTHxHEIGHT</c> (image only).</summary>
    public (int Width, int Height)? ImageSize { get; init; }

    /// <summary><c>--dimensions</c> (embed only).</summary>
    public int? Dimensions { get; init; }

    /// <summary>The prompt words joined by spaces.</summary>
    public string Text => string.Join(' ', Arguments);
}
