using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;

namespace AmazonBedrock.AI.Cli;

/// <summary>The <c>bedrock</c> command-line tool.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var interrupts = new Interrupts();

        // Ctrl+C cancels the answer in progress and keeps the process; with nothing in progress it ends the process.
        Console.CancelKeyPress += (_, e) => e.Cancel = interrupts.TryInterrupt();

        var runner = new CliRunner(CliConsole.System(), new ProcessEnvironment(), DefaultClientsFactory.CreateAsync, interrupts);
        return await runner.RunAsync(args, CancellationToken.None).ConfigureAwait(false);
    }
}
