namespace AmazonBedrock.AI.Cli.Parsing;

/// <summary>What the user asked the tool to do.</summary>
internal enum CommandKind
{
    /// <summary><c>bedrock "prompt"</c>: one streamed answer.</summary>
    Prompt,

    /// <summary><c>bedrock chat</c>: an interactive conversation.</summary>
    Chat,

    /// <summary><c>bedrock embed "text"</c>.</summary>
    Embed,

    /// <summary><c>bedrock image "prompt" -o out.png</c>.</summary>
    Image,

    /// <summary><c>--help</c>.</summary>
    Help,

    /// <summary><c>--version</c>.</summary>
    Version,
}
