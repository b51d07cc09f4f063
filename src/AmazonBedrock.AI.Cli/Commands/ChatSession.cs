using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>
/// <c>bedrock chat</c>: reads lines, keeps the history, and streams each answer. Ctrl+C stops the current answer only;
/// a failed turn reports its error and leaves the session open.
/// </summary>
internal sealed class ChatSession(CliCommand command, ChatSettings settings, IBedrockClients clients, CliConsole console, Interrupts interrupts)
{
    private readonly List<ChatMessage> _history = [];
    private string _model = command.Model ?? HelpText.DefaultChatModel;
    private bool _attachmentsPending = settings.Attachments.Count > 0;

    /// <summary>Runs until <c>/exit</c> or the end of input.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        ResetHistory();
        await console.Error.WriteLineAsync($"chatting with {_model}; /exit to leave, /clear to start over, /model <id> to switch, Ctrl+C stops an answer").ConfigureAwait(false);
        while (true)
        {
            await console.Out.WriteAsync("> ").ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            string? line = await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                await console.Out.WriteLineAsync().ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '/')
            {
                if (!await HandleCommandAsync(line).ConfigureAwait(false))
                {
                    return ExitCodes.Ok;
                }

                continue;
            }

            await AnswerAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> HandleCommandAsync(string line)
    {
        string[] parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (parts[0].ToLowerInvariant())
        {
            case "/exit" or "/quit":
                return false;
            case "/clear":
                ResetHistory();
                await console.Error.WriteLineAsync("(conversation cleared)").ConfigureAwait(false);
                return true;
            case "/model" when parts.Length == 2:
                _model = parts[1];
                await console.Error.WriteLineAsync($"(now using {_model})").ConfigureAwait(false);
                return true;
            case "/model":
                await console.Error.WriteLineAsync($"(using {_model}; /model <id> switches)").ConfigureAwait(false);
                return true;
            case "/help":
                await console.Error.WriteLineAsync("/exit leaves, /clear forgets the conversation, /model <id> switches model, Ctrl+C stops an answer").ConfigureAwait(false);
                return true;
            default:
                await console.Error.WriteLineAsync($"unknown command {parts[0]}; try /help").ConfigureAwait(false);
                return true;
        }
    }

    private async Task AnswerAsync(string text, CancellationToken cancellationToken)
    {
        var userMessage = settings.UserMessage(text, _attachmentsPending);
        _history.Add(userMessage);
        var received = new List<ChatResponseUpdate>();
        using var scope = interrupts.Begin(cancellationToken);
        try
        {
            var client = clients.GetChatClient(_model);
            await AnswerStreamer.StreamAsync(client, _history, settings.Options, console, command.Verbose, received, scope.Token).ConfigureAwait(false);
            _history.AddMessages(received);
            _attachmentsPending = false;
        }
        catch (OperationCanceledException) when (scope.WasInterrupted(cancellationToken))
        {
            await console.Error.WriteLineAsync("(stopped)").ConfigureAwait(false);

            // Keep what was said so far, as plain text: a half-received reasoning block or tool call cannot be replayed.
            string partial = string.Concat(received.Select(update => update.Text));
            if (string.IsNullOrWhiteSpace(partial))
            {
                _history.Remove(userMessage);
            }
            else
            {
                _history.Add(new ChatMessage(ChatRole.Assistant, partial));
                _attachmentsPending = false;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _history.Remove(userMessage);
            await console.Error.WriteLineAsync(ErrorReport.Describe(ex).Line).ConfigureAwait(false);
        }
    }

    private void ResetHistory()
    {
        _history.Clear();
        if (command.System is { } system)
        {
            _history.Add(new ChatMessage(ChatRole.System, system));
        }

        _attachmentsPending = settings.Attachments.Count > 0;
    }
}
