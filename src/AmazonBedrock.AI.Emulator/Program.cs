using System.Globalization;
using System.Runtime.InteropServices;
using AmazonBedrock.AI.Emulator;

// Standalone emulator: `dotnet run --project src/AmazonBedrock.AI.Emulator -- --port 4010`
var options = new BedrockEmulatorOptions { Port = 4010, LogRequests = true };
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is >= 0 and <= 65535:
            options.Port = port;
            i++;
            break;
        case "--access-key-id" when i + 1 < args.Length:
            options.AccessKeyId = args[++i];
            break;
        case "--secret-access-key" when i + 1 < args.Length:
            options.SecretAccessKey = args[++i];
            break;
        case "--bearer-token" when i + 1 < args.Length:
            options.BearerToken = args[++i];
            break;
        case "--no-verify":
            options.VerifySignatures = false;
            break;
        case "--quiet":
            options.LogRequests = false;
            break;
        case "--help" or "-h":
            Console.WriteLine("""
                Amazon Bedrock Runtime emulator (loopback only)

                  --port N                 port to listen on (default 4010; 0 picks a free port)
                  --access-key-id ID       access key id SigV4 requests must use (default AKIDEXAMPLE)
                  --secret-access-key KEY  secret signatures are verified with (default the AWS documentation example)
                  --bearer-token TOKEN     only accept this bearer token (default: any)
                  --no-verify              accept unsigned requests
                  --quiet                  do not log requests
                """);
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Use --help.");
            return 2;
    }
}

await using var emulator = await BedrockEmulator.StartAsync(options).ConfigureAwait(false);
Console.WriteLine($"Bedrock emulator listening on {emulator.BaseUri}");
Console.WriteLine($"  endpoint:   {emulator.BaseUri}  (any region; service name bedrock)");
Console.WriteLine($"  access key: {options.AccessKeyId}");
Console.WriteLine(options.SecretAccessKey == new BedrockEmulatorOptions().SecretAccessKey
    ? $"  secret key: {options.SecretAccessKey}  (the AWS documentation's example)"
    : "  secret key: the one given with --secret-access-key");
Console.WriteLine(options.BearerToken is null ? "  bearer:     any token" : "  bearer:     the configured token");
Console.WriteLine(options.VerifySignatures ? "  signatures: verified" : "  signatures: not verified");
Console.WriteLine("Press Ctrl+C to stop.");

using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping.");
}

return 0;
