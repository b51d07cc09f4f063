using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Cli;

/// <summary>Runs the tool against its own emulator, capturing out and err; the plan the runner chose is kept for assertions.</summary>
internal sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(BedrockEmulator emulator, FakeEnvironment environment)
    {
        Emulator = emulator;
        Environment = environment;
    }

    public BedrockEmulator Emulator { get; }

    public FakeEnvironment Environment { get; }

    public Interrupts Interrupts { get; } = new();

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public ConnectionPlan? Plan { get; private set; }

    public static async Task<CliHarness> StartAsync(params (string Name, string Value)[] variables) =>
        new(await BedrockEmulator.StartAsync(), new FakeEnvironment(variables));

    public Task<int> RunAsync(params string[] args) => RunAsync(string.Empty, false, args);

    public Task<int> RunAsync(string input, bool inputIsRedirected, params string[] args)
    {
        var console = new CliConsole(Out, Error, new StringReader(input), ErrorIsTerminal: false, InputIsRedirected: inputIsRedirected);
        var runner = new CliRunner(console, Environment, CreateClientsAsync, Interrupts);
        return runner.RunAsync(args, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Environment.Dispose();
    }

    private Task<IBedrockClients> CreateClientsAsync(ConnectionPlan plan, CancellationToken cancellationToken)
    {
        Plan = plan;
        var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = Emulator.Options.AccessKeyId,
            SecretAccessKey = Emulator.Options.SecretAccessKey,
            BaseUri = Emulator.BaseUri,
            ReadEnvironment = false,
            MaxRetries = 0,
        });
        return Task.FromResult<IBedrockClients>(new ProviderClients(provider));
    }
}
