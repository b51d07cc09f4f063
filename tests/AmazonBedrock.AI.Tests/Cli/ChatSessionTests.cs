using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Cli;

public class ChatSessionTests
{
    [Fact]
    public async Task The_conversation_keeps_its_history()
    {
        await using var cli = await CliHarness.StartAsync();

        int exitCode = await cli.RunAsync("My name is Ada.\nWhat is my name?\n/exit\n", inputIsRedirected: true, "chat", "--emulator", "--system", "Be kind.");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(2, cli.Emulator.Requests.Count);
        var messages = cli.Emulator.LastRequest.Json!["messages"]!.AsArray();
        Assert.Equal(3, messages.Count);
        Assert.Equal("My name is Ada.", (string?)messages[0]!["content"]![0]!["text"]);
        Assert.Equal("assistant", (string?)messages[1]!["role"]);
        Assert.Equal("Be kind.", (string?)cli.Emulator.LastRequest.Json!["system"]![0]!["text"]);
    }

    [Fact]
    public async Task Clear_forgets_and_model_switches()
    {
        await using var cli = await CliHarness.StartAsync();

        int exitCode = await cli.RunAsync("first\n/clear\n/model amazon.nova-pro-v1:0\nsecond\n", inputIsRedirected: true, "chat", "--emulator");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var last = cli.Emulator.LastRequest;
        Assert.Equal("amazon.nova-pro-v1:0", last.ModelId);
        Assert.Single(last.Json!["messages"]!.AsArray());
        Assert.Contains("(conversation cleared)", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("(now using amazon.nova-pro-v1:0)", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_turn_reports_one_line_and_the_session_goes_on()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Enqueue(ScriptedResponse.Error(429, "ThrottlingException", "Too many requests"));

        int exitCode = await cli.RunAsync("first\nsecond\n/exit\n", inputIsRedirected: true, "chat", "--emulator");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("error: ThrottlingException: Too many requests (request id ", cli.Error.ToString(), StringComparison.Ordinal);

        // The failed user turn is dropped, so roles still alternate.
        var messages = cli.Emulator.LastRequest.Json!["messages"]!.AsArray();
        Assert.Single(messages);
        Assert.Equal("second", (string?)messages[0]!["content"]![0]!["text"]);
    }

    [Fact]
    public async Task Ctrl_c_stops_the_answer_but_not_the_session()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Enqueue(ScriptedResponse.Fault(EmulatorFault.AddedLatency(TimeSpan.FromSeconds(30))));
        var input = new BlockingInput();
        var console = new CliConsole(cli.Out, cli.Error, input);
        var runner = new CliRunner(console, cli.Environment, (plan, ct) => Task.FromResult<IBedrockClients>(
            new ProviderClients(new BedrockProvider(new BedrockProviderOptions
            {
                Region = "us-east-1",
                AccessKeyId = cli.Emulator.Options.AccessKeyId,
                SecretAccessKey = cli.Emulator.Options.SecretAccessKey,
                BaseUri = cli.Emulator.BaseUri,
                ReadEnvironment = false,
            }))), cli.Interrupts);

        var run = runner.RunAsync(["chat", "--emulator"], CancellationToken.None);
        input.Send("slow question");

        // Interrupt only once the slow request is in the emulator's hands, so the next turn is served at once.
        while (cli.Emulator.Requests.Count == 0 || !cli.Interrupts.TryInterrupt())
        {
            await Task.Delay(10);
        }

        input.Send("quick question");
        input.Send("/exit");
        await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(run.IsCompleted, $"out: {cli.Out} err: {cli.Error} requests: {cli.Emulator.Requests.Count}");
        Assert.Equal(ExitCodes.Ok, await run);
        Assert.Contains("(stopped)", cli.Error.ToString(), StringComparison.Ordinal);
        var messages = cli.Emulator.LastRequest.Json!["messages"]!.AsArray();
        Assert.Single(messages);
        Assert.Equal("quick question", (string?)messages[0]!["content"]![0]!["text"]);
    }

    /// <summary>Lines handed over one at a time, as a user types them.</summary>
    private sealed class BlockingInput : TextReader
    {
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();

        public void Send(string line) => _lines.Writer.TryWrite(line);

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await _lines.Reader.ReadAsync(cancellationToken);
    }
}
