using System.Diagnostics;
using System.Net.Http.Headers;
using AmazonBedrock.AI.Benchmarks.Support;
using AmazonBedrock.AI.Chat.Request;
using AmazonBedrock.AI.Provider;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.Checks;

/// <summary>
/// W1 end to end (one small Converse call) against the emulator in its own process, in four variants: the raw
/// <see cref="HttpClient"/> POST of the prebuilt body (the floor), the same POST carrying the exact headers the client sends,
/// the client with SigV4, and the client with an API key.
/// </summary>
/// <remarks>
/// Why interleaved rounds: on a shared machine the load changes from second to second, and BenchmarkDotNet measures one
/// benchmark after the other, so the client and the floor see different loads and their ratio carries both errors (in the
/// short job, errors as large as the means). Here every round runs every variant for a fixed number of calls back to back,
/// within a fraction of a second, so each round's client/raw ratio compares like with like; the median of those per-round ratios
/// is the figure to read. The order changes every round (a rotated Williams order: over each block of four rounds every
/// variant runs first once and follows each other variant once), so no variant always inherits the same predecessor's
/// connection, cache and GC state, in either process.
/// </remarks>
internal static class EndToEndRounds
{
    private const int WarmupCalls = 3_000;
    private const int CallsPerRound = 300;
    private const int DefaultRounds = 20;
    private const double TargetRatio = 1.10;

    /// <summary>Runs <see cref="DefaultRounds"/> rounds, or, given <paramref name="seconds"/>, rounds until that much time has passed (at least 3).</summary>
    public static async Task<int> RunAsync(double? seconds)
    {
        try
        {
            await MeasureAsync(seconds);
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("The end-to-end check failed: " + e);
            return 1;
        }
    }

    private static async Task MeasureAsync(double? seconds)
    {
        var loadAtStart = LoadAverage();

        using var emulator = EmulatorProcess.Start();
        var root = emulator.BaseUri.AbsoluteUri.TrimEnd('/');
        var converseUri = new Uri(root + BedrockModelPath.For(Workloads.ModelId, "converse"));
        var context = new ConverseRequestContext { ModelId = Workloads.ModelId, Settings = new BedrockChatClientSettings() };
        var body = (await ConverseRequestBuilder.BuildAsync(Workloads.SmallPrompt, Workloads.SmallOptions, context, default)).Body;

        using var raw = NewRawClient();
        using var rawWithHeaders = NewRawClient();
        using var signed = Workloads.EmulatorProvider(emulator.BaseUri);
        using var bearer = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            ApiKey = "bench-api-key",
            ReadEnvironment = false,
            BaseUri = emulator.BaseUri,
        });
        var signedClient = signed.GetChatClient(Workloads.ModelId);
        var bearerClient = bearer.GetChatClient(Workloads.ModelId);

        var captured = await CaptureClientRequestAsync(emulator.BaseUri);
        var clientHeaders = captured.Headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).ToArray();
        var contentType = captured.Headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "application/json";

        Variant[] variants =
        [
            new("raw", async () =>
            {
                // Exactly EndToEndBenchmarks.W1_RawBaseline.
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await raw.PostAsync(converseUri, content);
                _ = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            }),
            new("raw + Bedrock headers", async () =>
            {
                // The client's headers replayed as captured; the signature is stale, which the emulator (--no-verify) ignores.
                using var content = new ByteArrayContent(body);
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                using var request = new HttpRequestMessage(HttpMethod.Post, converseUri) { Content = content };
                foreach (var (name, value) in clientHeaders)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await rawWithHeaders.SendAsync(request);
                _ = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            }),
            new("client (SigV4)", () => CallClientAsync(signedClient)),
            new("client (API key)", () => CallClientAsync(bearerClient)),
        ];

        Console.WriteLine($"W1 end to end against the emulator process ({emulator.BaseUri}, --no-verify), {variants.Length} variants.");
        Console.WriteLine($"Load average (1, 5, 15 min) at start: {loadAtStart}");
        Console.WriteLine($"Client request body {(captured.Body.AsSpan().SequenceEqual(body) ? "equals" : "DIFFERS FROM")} the prebuilt body ({body.Length} B).");
        Console.WriteLine($"Headers replayed (values not printed): {string.Join(", ", captured.Headers.Select(h => h.Name))}");

        // Warm-up: tiered JIT in both processes, connection pools, the emulator's caches; the pause lets background tier-1 compiles finish.
        foreach (var variant in variants)
        {
            for (var i = 0; i < WarmupCalls; i++)
            {
                await variant.Call();
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(1));

        var measured = Stopwatch.StartNew();
        var rounds = 0;
        while (seconds is { } budget ? rounds < 3 || measured.Elapsed.TotalSeconds < budget : rounds < DefaultRounds)
        {
            foreach (var index in Order(rounds, variants.Length))
            {
                await variants[index].MeasureRoundAsync(CallsPerRound);
            }

            rounds++;
        }

        Console.WriteLine($"{WarmupCalls:N0} warm-up calls per variant, then {rounds} interleaved rounds of {CallsPerRound} calls per variant " +
            $"in {measured.Elapsed.TotalSeconds:F1} s.");

        Print(variants, rounds);
        Console.WriteLine($"Load average (1, 5, 15 min) at end:   {LoadAverage()}");
    }

    private static HttpClient NewRawClient() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    private static async Task CallClientAsync(IChatClient client)
    {
        var response = await client.GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions);
        if (response.Text.Length == 0)
        {
            throw new InvalidOperationException("The client returned an empty answer.");
        }
    }

    /// <summary>One real client call through a recording handler: the header names and values and the body it put on the wire.</summary>
    private static async Task<(List<(string Name, string Value)> Headers, byte[] Body)> CaptureClientRequestAsync(Uri baseUri)
    {
        var recorder = new RecordingHandler { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(recorder);
        using var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = Workloads.EmulatorDefaults.AccessKeyId,
            SecretAccessKey = Workloads.EmulatorDefaults.SecretAccessKey,
            ReadEnvironment = false,
            BaseUri = baseUri,
            HttpClient = http,
        });
        await CallClientAsync(provider.GetChatClient(Workloads.ModelId));
        return (recorder.Headers ?? throw new InvalidOperationException("No request was recorded."), recorder.Body);
    }

    /// <summary>Round <paramref name="round"/>'s order: a rotated Williams order (0, 1, n-1, 2, n-2, ...), balanced for even n.</summary>
    private static int[] Order(int round, int count)
    {
        var order = new int[count];
        for (int k = 0, low = 1, high = count - 1; k < count; k++)
        {
            var first = k == 0 ? 0 : k % 2 == 1 ? low++ : high--;
            order[k] = (first + round) % count;
        }

        return order;
    }

    private static void Print(Variant[] variants, int rounds)
    {
        Console.WriteLine();
        Console.WriteLine($"{"Variant",-24} {"best round",12} {"median round",13} {"median CPU",12} {"gen0/1k",8} {"alloc/call",11}");
        foreach (var v in variants)
        {
            double calls = (double)rounds * CallsPerRound;
            Console.WriteLine(
                $"{v.Name,-24} {v.Wall.Min(),9:F1} us {Median(v.Wall),10:F1} us {Median(v.Cpu),9:F1} us " +
                $"{v.Gen0Collections * 1_000 / calls,8:F2} {v.AllocatedBytes / calls,9:F0} B");
        }

        Console.WriteLine("(wall time per call; CPU = this process's CPU time per call, the emulator's not included)");
        Console.WriteLine();
        var (raw, headers, client, apiKey) = (variants[0], variants[1], variants[2], variants[3]);
        PrintRatio("raw + Bedrock headers / raw", headers, raw, rounds);
        PrintRatio("client / raw", client, raw, rounds, $"   target <= {TargetRatio:F2}x");
        PrintRatio("client (API key) / raw", apiKey, raw, rounds);
        PrintRatio("client / raw + Bedrock headers", client, headers, rounds);
        Console.WriteLine($"Client's own CPU per call beyond raw (medians): SigV4 {Median(client.Cpu) - Median(raw.Cpu):F1} us, " +
            $"API key {Median(apiKey.Cpu) - Median(raw.Cpu):F1} us");
    }

    private static void PrintRatio(string label, Variant over, Variant under, int rounds, string note = "")
    {
        var perRound = Enumerable.Range(0, rounds).Select(r => over.Wall[r] / under.Wall[r]).Order().ToArray();
        Console.WriteLine(
            $"{label + ":",-32} median of per-round ratios {Median(perRound):F2}x " +
            $"(quartiles {perRound[rounds / 4]:F2}-{perRound[rounds * 3 / 4]:F2}x, best {perRound[0]:F2}x), " +
            $"ratio of medians {Median(over.Wall) / Median(under.Wall):F2}x{note}");
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "(not available on this OS)";

    private sealed class Variant(string name, Func<Task> call)
    {
        public string Name { get; } = name;

        public Func<Task> Call { get; } = call;

        /// <summary>Wall microseconds per call, per round.</summary>
        public List<double> Wall { get; } = [];

        /// <summary>This process's CPU microseconds per call, per round.</summary>
        public List<double> Cpu { get; } = [];

        public long Gen0Collections { get; private set; }

        public long AllocatedBytes { get; private set; }

        public async Task MeasureRoundAsync(int calls)
        {
            // Environment.CpuUsage is the process's CPU time (as Process.TotalProcessorTime) from getrusage, in microseconds
            // rather than /proc's 10 ms ticks, which would be coarse for a segment of a few tens of milliseconds.
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var gen0Before = GC.CollectionCount(0);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                await Call();
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            AllocatedBytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Gen0Collections += GC.CollectionCount(0) - gen0Before;
            Wall.Add(elapsed.TotalMicroseconds / calls);
            Cpu.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / calls);
        }
    }

    /// <summary>Keeps the headers (request and content, in wire order) and body of the first request it sees.</summary>
    private sealed class RecordingHandler : DelegatingHandler
    {
        public List<(string Name, string Value)>? Headers { get; private set; }

        public byte[] Body { get; private set; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Headers is null)
            {
                // NonValidated gives the raw strings as added, so replaying them with TryAddWithoutValidation is exact.
                Headers = [.. request.Headers.NonValidated.Select(h => (h.Key, h.Value.ToString()))];
                if (request.Content is not null)
                {
                    Headers.AddRange(request.Content.Headers.NonValidated
                        .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                        .Select(h => (h.Key, h.Value.ToString())));
                    Body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
