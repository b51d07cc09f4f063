using System.Globalization;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Parsing;

/// <summary>Turns <c>args</c> into a validated <see cref="CliCommand"/>; every mistake is a <see cref="UsageException"/>.</summary>
internal static class ArgumentParser
{
    /// <summary>Parses the command line.</summary>
    /// <exception cref="UsageException">The command line is invalid.</exception>
    public static CliCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var kind = CommandKind.Prompt;
        int start = 0;
        if (args.Count > 0)
        {
            CommandKind? sub = args[0] switch
            {
                "chat" => CommandKind.Chat,
                "embed" => CommandKind.Embed,
                "image" => CommandKind.Image,
                "help" => CommandKind.Help,
                _ => null,
            };
            if (sub is { } found)
            {
                kind = found;
                start = 1;
            }
        }

        var positional = new List<string>();
        var files = new List<string>();
        var command = new CliCommand { Kind = kind };
        bool help = false, version = false, optionsEnded = false;

        for (int i = start; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg.Length < 2 || arg[0] != '-' || IsNegativeNumber(arg))
            {
                positional.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                inlineValue = arg[(equals + 1)..];
            }

            string Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{name} needs a value");
                }

                return args[++i];
            }

            void NoValue()
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"{name} takes no value");
                }
            }

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    NoValue();
                    help = true;
                    break;
                case "--version":
                    NoValue();
                    version = true;
                    break;
                case "-m" or "--model":
                    command = command with { Model = NonBlank(name, Value()) };
                    break;
                case "-s" or "--system":
                    command = command with { System = NonBlank(name, Value()) };
                    break;
                case "-f" or "--file":
                    files.Add(NonBlank(name, Value()));
                    break;
                case "--json-schema":
                    command = command with { JsonSchema = NonBlank(name, Value()) };
                    break;
                case "--max-tokens":
                    command = command with { MaxTokens = PositiveInt(name, Value()) };
                    break;
                case "-t" or "--temperature":
                    command = command with { Temperature = Temperature(name, Value()) };
                    break;
                case "--reasoning":
                    command = command with { Reasoning = Reasoning(name, Value()) };
                    break;
                case "--region":
                    command = command with { Region = NonBlank(name, Value()) };
                    break;
                case "--profile":
                    command = command with { Profile = NonBlank(name, Value()) };
                    break;
                case "--endpoint":
                    command = command with { Endpoint = Endpoint(name, Value()) };
                    break;
                case "--emulator":
                    NoValue();
                    command = command with { Emulator = true };
                    break;
                case "-v" or "--verbose":
                    NoValue();
                    command = command with { Verbose = true };
                    break;
                case "-o" or "--output":
                    command = command with { Output = NonBlank(name, Value()) };
                    break;
                case "--size":
                    command = command with { ImageSize = Size(name, Value()) };
                    break;
                case "--dimensions":
                    command = command with { Dimensions = PositiveInt(name, Value()) };
                    break;
                default:
                    throw new UsageException($"unknown option '{name}' (see bedrock --help)");
            }
        }

        if (help || kind == CommandKind.Help)
        {
            return new CliCommand { Kind = CommandKind.Help };
        }

        if (version)
        {
            return new CliCommand { Kind = CommandKind.Version };
        }

        command = command with { Arguments = positional, Files = files };
        Validate(command);
        return command;
    }

    private static void Validate(CliCommand command)
    {
        if (command.Emulator && command.Endpoint is not null)
        {
            throw new UsageException("--emulator and --endpoint cannot be combined");
        }

        string sub = command.Kind.ToString().ToLowerInvariant();
        bool isChat = command.Kind is CommandKind.Prompt or CommandKind.Chat;
        Reject(!isChat && command.System is not null, "--system", sub);
        Reject(!isChat && command.JsonSchema is not null, "--json-schema", sub);
        Reject(!isChat && command.MaxTokens is not null, "--max-tokens", sub);
        Reject(!isChat && command.Temperature is not null, "--temperature", sub);
        Reject(!isChat && command.Reasoning is not null, "--reasoning", sub);
        Reject(!isChat && command.Files.Count > 0, "--file", sub);
        Reject(command.Kind != CommandKind.Image && command.Output is not null, "--output", sub);
        Reject(command.Kind != CommandKind.Image && command.ImageSize is not null, "--size", sub);
        Reject(command.Kind != CommandKind.Embed && command.Dimensions is not null, "--dimensions", sub);

        switch (command.Kind)
        {
            case CommandKind.Chat when command.Arguments.Count > 0:
                throw new UsageException($"bedrock chat takes no prompt (got '{command.Arguments[0]}'); type your messages after it starts");
            case CommandKind.Embed when command.Arguments.Count == 0:
                throw new UsageException("bedrock embed needs the text to embed, for example: bedrock embed \"hello world\"");
            case CommandKind.Image when command.Arguments.Count == 0:
                throw new UsageException("bedrock image needs a prompt, for example: bedrock image \"a red bicycle\" -o bike.png");
            case CommandKind.Embed or CommandKind.Image when command.Arguments.Any(string.IsNullOrWhiteSpace):
                throw new UsageException($"bedrock {command.Kind.ToString().ToLowerInvariant()} was given an empty text");
            default:
                break;
        }
    }

    private static void Reject(bool condition, string option, string sub)
    {
        if (condition)
        {
            throw new UsageException(sub == "prompt" ? $"{option} does not apply to a prompt" : $"{option} does not apply to bedrock {sub}");
        }
    }

    private static bool IsNegativeNumber(string arg) =>
        arg[0] == '-' && double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string NonBlank(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{name} needs a non-empty value") : value;

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed > 0
            ? parsed
            : throw new UsageException($"{name} must be a positive whole number (got '{value}')");

    private static float Temperature(string name, string value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out float parsed) && parsed >= 0 && float.IsFinite(parsed)
            ? parsed
            : throw new UsageException($"{name} must be a number of 0 or more, such as 0.7 (got '{value}')");

    private static ReasoningEffort Reasoning(string name, string value) => value.ToLowerInvariant() switch
    {
        "low" => ReasoningEffort.Low,
        "medium" => ReasoningEffort.Medium,
        "high" => ReasoningEffort.High,
        _ => throw new UsageException($"{name} must be low, medium or high (got '{value}')"),
    };

    private static Uri Endpoint(string name, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"{name} must be an http or https URL, such as http://127.0.0.1:4010 (got '{value}')");

    private static (int Width, int Height) Size(string name, string value)
    {
        string[] parts = value.ToLowerInvariant().Split('x');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int height)
            && width > 0 && height > 0)
        {
            return (width, height);
        }

        throw new UsageException($"{name} must look like 1024x1024 (got '{value}')");
    }
}
