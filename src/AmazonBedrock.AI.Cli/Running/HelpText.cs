using System.Reflection;

namespace AmazonBedrock.AI.Cli.Running;

/// <summary>The text of <c>--help</c> and <c>--version</c>.</summary>
internal static class HelpText
{
    /// <summary>The default chat model.</summary>
    public const string DefaultChatModel = "amazon.nova-lite-v1:0";

    /// <summary>The default embedding model.</summary>
    public const string DefaultEmbeddingModel = "amazon.titan-embed-text-v2:0";

    /// <summary>The default image model.</summary>
    public const string DefaultImageModel = "amazon.nova-canvas-v1:0";

    /// <summary>The usage text.</summary>
    public const string Usage = $"""
        bedrock - talk to Amazon Bedrock models from the terminal

        Usage:
          bedrock [options] "prompt"              stream one answer (reads the prompt from stdin when piped)
          bedrock chat [options]                  interactive conversation with history
          bedrock embed [options] "text" ...      print each text's embedding: dimension, first values, usage
          bedrock image [options] "prompt" -o out.png
                                                  generate an image and save it

        Model and prompt:
          -m, --model <id>          model id, inference profile or ARN
                                    (defaults: chat {DefaultChatModel}, embed {DefaultEmbeddingModel},
                                    image {DefaultImageModel})
          -s, --system <text>       system prompt
          -f, --file <path>         attach an image, document, video or audio file (repeatable)
              --json-schema <json>  structured output: a JSON schema file, or inline JSON
              --max-tokens <n>      maximum tokens to generate
          -t, --temperature <x>     sampling temperature, such as 0.7
              --reasoning <level>   low, medium or high
              --dimensions <n>      embedding size (embed)
          -o, --output <file>       where to save the image (image; default image.png)
              --size <WxH>          image size, such as 1024x1024 (image)

        Connection:
              --region <region>     AWS region, such as us-east-1 (else AWS_REGION or your AWS profile)
              --profile <name>      AWS profile from ~/.aws/config
              --endpoint <url>      send requests to this endpoint (proxy, VPC endpoint, a running emulator)
              --emulator            use the built-in Bedrock emulator: simulated models, no AWS account, no network
          When no AWS credentials are configured at all (no AWS_* variables, no ~/.aws files) and neither
          --region nor --profile is given, the emulator is used automatically and a note says so.
          A .env file in the current folder is read first (KEY=VALUE lines); it never overrides variables
          that are already set.

        Output:
          -v, --verbose             print usage, latency, request id and finish reason to stderr
          -h, --help                show this help
              --version             show the version

        Chat commands:
          /exit                     leave (Ctrl+D works too)
          /clear                    forget the conversation so far
          /model <id>               switch model, keeping the conversation
          Ctrl+C stops the current answer and keeps the session.

        Exit codes:
          0    success
          1    service error: Bedrock, the network or the AWS configuration failed
          2    usage error: unknown option, bad value, missing file
          130  interrupted with Ctrl+C
        """;

    /// <summary>The tool's version, from the assembly's informational version without the source revision.</summary>
    public static string Version
    {
        get
        {
            string? version = typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(version))
            {
                return typeof(HelpText).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            }

            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
