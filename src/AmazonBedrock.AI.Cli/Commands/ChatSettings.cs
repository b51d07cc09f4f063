using AmazonBedrock.AI.Cli.Parsing;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>The chat options and attachments a prompt or chat session runs with, built once from the flags.</summary>
internal sealed class ChatSettings
{
    private ChatSettings(ChatOptions options, IReadOnlyList<AIContent> attachments)
    {
        Options = options;
        Attachments = attachments;
    }

    /// <summary>Options for every request (the model id is passed to the client, not here).</summary>
    public ChatOptions Options { get; }

    /// <summary>The <c>--file</c> contents, sent with the first user message.</summary>
    public IReadOnlyList<AIContent> Attachments { get; }

    /// <summary>Reads files and the schema; usage errors surface before any request.</summary>
    public static async Task<ChatSettings> CreateAsync(CliCommand command, string currentDirectory, CancellationToken cancellationToken)
    {
        var options = new ChatOptions
        {
            MaxOutputTokens = command.MaxTokens,
            Temperature = command.Temperature,
        };
        if (command.Reasoning is { } effort)
        {
            options.Reasoning = new ReasoningOptions { Effort = effort };
        }

        if (command.JsonSchema is { } schema)
        {
            options.ResponseFormat = await JsonSchemaArgument.LoadAsync(schema, currentDirectory, cancellationToken).ConfigureAwait(false);
        }

        var attachments = await Commands.Attachments.LoadAsync(command.Files, currentDirectory, cancellationToken).ConfigureAwait(false);
        return new ChatSettings(options, attachments);
    }

    /// <summary>A user message with the text and, when <paramref name="withAttachments"/>, the files.</summary>
    public ChatMessage UserMessage(string text, bool withAttachments)
    {
        var contents = new List<AIContent>();
        if (withAttachments)
        {
            contents.AddRange(Attachments);
        }

        contents.Add(new TextContent(text));
        return new ChatMessage(ChatRole.User, contents);
    }
}
