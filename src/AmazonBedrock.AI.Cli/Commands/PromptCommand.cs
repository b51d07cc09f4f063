using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary><c>bedrock "prompt"</c>: one streamed answer.</summary>
internal static class PromptCommand
{
    /// <summary>Sends the prompt and streams the answer.</summary>
    public static async Task<int> RunAsync(
        CliCommand command, string prompt, ChatSettings settings, IBedrockClients clients, CliConsole console, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>(2);
        if (command.System is { } system)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        messages.Add(settings.UserMessage(prompt, withAttachments: true));
        var client = clients.GetChatClient(command.Model ?? HelpText.DefaultChatModel);
        await AnswerStreamer.StreamAsync(client, messages, settings.Options, console, command.Verbose, [], cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
