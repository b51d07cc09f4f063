using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Cli;

public class TerminalOutputTests
{
    [Fact]
    public async Task The_spinner_runs_on_a_terminal_until_the_first_token_and_erases_itself()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Enqueue(ScriptedResponse.Fault(EmulatorFault.AddedLatency(TimeSpan.FromMilliseconds(400))));
        var output = new StringWriter();
        var error = new StringWriter();
        var runner = new CliRunner(new CliConsole(output, error, TextReader.Null, ErrorIsTerminal: true), cli.Environment, EmulatorClients(cli.Emulator), new Interrupts());

        Assert.Equal(ExitCodes.Ok, await runner.RunAsync(["--emulator", "Hello"], CancellationToken.None));

        string err = error.ToString();
        Assert.Contains("thinking…", err, StringComparison.Ordinal);
        Assert.EndsWith("\r", err, StringComparison.Ordinal);
        Assert.DoesNotContain("thinking", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_spinner_when_stderr_is_not_a_terminal()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Enqueue(ScriptedResponse.Fault(EmulatorFault.AddedLatency(TimeSpan.FromMilliseconds(200))));

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("--emulator", "Hello"));

        Assert.Equal(string.Empty, cli.Error.ToString());
    }

    [Fact]
    public async Task Reasoning_goes_to_stderr_and_the_answer_to_stdout()
    {
        await using var cli = await CliHarness.StartAsync();

        int exitCode = await cli.RunAsync("--emulator", "-m", "anthropic.claude-3-7-sonnet-20250219-v1:0", "--reasoning", "low", "--max-tokens", "4000", "Why is the sky blue?");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.NotNull(cli.Emulator.LastRequest.Json!["additionalModelRequestFields"]?["thinking"]);
        Assert.False(string.IsNullOrWhiteSpace(cli.Error.ToString()));
        Assert.DoesNotContain(cli.Error.ToString().Trim(), cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("sky blue", cli.Out.ToString(), StringComparison.Ordinal);
    }

    private static ClientsFactory EmulatorClients(BedrockEmulator emulator) => (plan, cancellationToken) =>
        Task.FromResult<IBedrockClients>(new ProviderClients(new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = emulator.Options.AccessKeyId,
            SecretAccessKey = emulator.Options.SecretAccessKey,
            BaseUri = emulator.BaseUri,
            ReadEnvironment = false,
        })));
}
