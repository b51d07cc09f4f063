using AmazonBedrock.AI.Cli.Commands;
using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Terminal;

namespace AmazonBedrock.AI.Cli.Running;

/// <summary>
/// Runs one command line end to end: loads <c>.env</c>, parses, decides the connection, runs the command,
/// and turns every failure into one line and an exit code. Knows nothing of the real console.
/// </summary>
internal sealed class CliRunner(CliConsole console, ICliEnvironment environment, ClientsFactory clientsFactory, Interrupts interrupts)
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var scope = interrupts.Begin(cancellationToken);
        try
        {
            DotEnvFile.Load(environment.CurrentDirectory, environment);
            var command = ArgumentParser.Parse(args);
            switch (command.Kind)
            {
                case CommandKind.Help:
                    await console.Out.WriteLineAsync(HelpText.Usage).ConfigureAwait(false);
                    return ExitCodes.Ok;
                case CommandKind.Version:
                    await console.Out.WriteLineAsync($"bedrock {HelpText.Version}").ConfigureAwait(false);
                    return ExitCodes.Ok;
                case CommandKind.Chat:
                    // The session claims Ctrl+C per answer; between answers it ends the process as usual.
                    scope.Dispose();
                    return await RunConnectedAsync(command, null, cancellationToken).ConfigureAwait(false);
                case CommandKind.Prompt:
                    string prompt = await ReadPromptAsync(command, scope.Token).ConfigureAwait(false);
                    return await RunConnectedAsync(command, prompt, scope.Token).ConfigureAwait(false);
                default:
                    return await RunConnectedAsync(command, null, scope.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (scope.Token.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("(interrupted)").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            var (line, exitCode) = ErrorReport.Describe(ex);
            await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return exitCode;
        }
    }

    private async Task<int> RunConnectedAsync(CliCommand command, string? prompt, CancellationToken cancellationToken)
    {
        // Files and schema are read before connecting, so a typo fails fast with exit code 2.
        ChatSettings? chatSettings = command.Kind is CommandKind.Prompt or CommandKind.Chat
            ? await ChatSettings.CreateAsync(command, environment.CurrentDirectory, cancellationToken).ConfigureAwait(false)
            : null;

        var plan = ConnectionPlanner.Plan(command, environment);
        if (plan.Automatic)
        {
            await console.Error.WriteLineAsync(
                "note: no AWS credentials found, so the built-in Bedrock emulator is answering with simulated models " +
                "(set AWS credentials, or pass --region or --profile, to use Amazon Bedrock)").ConfigureAwait(false);
        }

        var clients = await clientsFactory(plan, cancellationToken).ConfigureAwait(false);
        await using (clients.ConfigureAwait(false))
        {
            if (command.Verbose)
            {
                await console.Error.WriteLineAsync($"endpoint {clients.Endpoint}{(plan.Mode == ConnectionMode.Emulator ? " (emulator)" : string.Empty)}").ConfigureAwait(false);
            }

            return command.Kind switch
            {
                CommandKind.Chat => await new ChatSession(command, chatSettings!, clients, console, interrupts).RunAsync(cancellationToken).ConfigureAwait(false),
                CommandKind.Embed => await EmbedCommand.RunAsync(command, clients, console, cancellationToken).ConfigureAwait(false),
                CommandKind.Image => await ImageCommand.RunAsync(command, clients, console, environment.CurrentDirectory, cancellationToken).ConfigureAwait(false),
                _ => await PromptCommand.RunAsync(command, prompt!, chatSettings!, clients, console, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    private async Task<string> ReadPromptAsync(CliCommand command, CancellationToken cancellationToken)
    {
        string prompt = command.Text;
        if (console.InputIsRedirected)
        {
            // Piped input is appended, so `cat notes.txt | bedrock "summarize:"` works.
            string piped = await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            prompt = string.IsNullOrWhiteSpace(piped) ? prompt : string.IsNullOrWhiteSpace(prompt) ? piped.Trim() : $"{prompt}\n\n{piped.Trim()}";
        }

        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new UsageException("no prompt given; try: bedrock \"Write a haiku about rain\" (or bedrock --help)");
        }

        return prompt;
    }
}
