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
/// Why interleaved calls: on a shared machine the load changes from one tenth of a second to the next, and BenchmarkDotNet
/// measures one benchmark after the other, so the client and the floor see different loads and their ratio carries both
/// errors (in the short job, errors as large as the means). Here the variants take turns call by call: every block runs each
/// variant once, timed alone, so all four see the same mix of load, and the ratio of their mean times per call compares like
/// with like. The order changes every block (a rotated Williams order: over each four blocks every variant runs first once and
/// follows each other variant once), so no variant always inherits the same predecessor's connection, cache and GC state, in
/// either process. CPU time, allocation and gen0 collections cannot be split between variants call by call, so a short second
/// phase measures them in rounds of consecutive calls per variant.
/// </remarks>
internal static class EndToEndInterleaved
{
    private const int WarmupCalls = 3_000;
    private const int CallsPerRound = 300;
    private const int CostRounds = 12;
    private const int BlocksPerSlice = 1_000;
    private const double DefaultSeconds = 30;
    private const double TargetRatio = 1.10;

    /// <summary>Interleaves calls for <paramref name="seconds"/> (default 30), then measures CPU and allocation per variant.</summary>
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

        var budget = TimeSpan.FromSeconds(seconds ?? DefaultSeconds);
        var measured = Stopwatch.StartNew();
        var blocks = 0;
        while (measured.Elapsed < budget || blocks < BlocksPerSlice)
        {
            foreach (var index in Order(blocks, variants.Length))
            {
                await variants[index].MeasureCallAsync();
            }

            blocks++;
        }

        Console.WriteLine($"{WarmupCalls:N0} warm-up calls per variant, then {blocks:N0} interleaved blocks (one call per variant each) " +
            $"in {measured.Elapsed.TotalSeconds:F1} s; then {CostRounds} rounds of {CallsPerRound} consecutive calls per variant for CPU and allocation.");

        for (var round = 0; round < CostRounds; round++)
        {
            foreach (var index in Order(round, variants.Length))
            {
                await variants[index].MeasureRoundAsync(CallsPerRound);
            }
        }

        Print(variants);
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

    /// <summary>Block (or round) <paramref name="round"/>'s order: a rotated Williams order (0, 1, n-1, 2, n-2, ...), balanced for even n.</summary>
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

    private static void Print(Variant[] variants)
    {
        Console.WriteLine();
        Console.WriteLine($"{"Variant",-24} {"mean",10} {"median",10} {"p10",9} {"p90",10} {"CPU/call",10} {"gen0/1k",8} {"alloc/call",11}");
        foreach (var v in variants)
        {
            var sorted = v.Calls.Order().ToArray();
            double costCalls = (double)CostRounds * CallsPerRound;
            Console.WriteLine(
                $"{v.Name,-24} {v.Calls.Average(),7:F1} us {Percentile(sorted, 0.5),7:F1} us {Percentile(sorted, 0.1),6:F1} us {Percentile(sorted, 0.9),7:F1} us " +
                $"{Median(v.Cpu),7:F1} us {v.Gen0Collections * 1_000 / costCalls,8:F2} {v.AllocatedBytes / costCalls,9:F0} B");
        }

        Console.WriteLine("(wall time per call; CPU = this process's CPU time per call, median of the rounds, the emulator's not included)");
        Console.WriteLine();
        var (raw, headers, client, apiKey) = (variants[0], variants[1], variants[2], variants[3]);
        PrintRatio("raw + Bedrock headers / raw", headers, raw);
        PrintRatio("client / raw", client, raw, $"   target <= {TargetRatio:F2}x");
        PrintRatio("client (API key) / raw", apiKey, raw);
        PrintRatio("client / raw + Bedrock headers", client, headers);
        Console.WriteLine($"Client's own CPU per call beyond raw (medians): SigV4 {Median(client.Cpu) - Median(raw.Cpu):F1} us, " +
            $"API key {Median(apiKey.Cpu) - Median(raw.Cpu):F1} us");
    }

    /// <summary>The ratio of mean times, overall and per slice of <see cref="BlocksPerSlice"/> blocks (how much it moves with the load).</summary>
    private static void PrintRatio(string label, Variant over, Variant under, string note = "")
    {
        var slices = over.Calls.Count / BlocksPerSlice;
        var perSlice = Enumerable.Range(0, slices)
            .Select(i => Mean(over.Calls, i * BlocksPerSlice, BlocksPerSlice) / Mean(under.Calls, i * BlocksPerSlice, BlocksPerSlice))
            .Order()
            .ToArray();
        Console.WriteLine(
            $"{label + ":",-32} ratio of means {over.Calls.Average() / under.Calls.Average():F3}x, of medians {Median(over.Calls) / Median(under.Calls):F3}x " +
            $"({slices} slices of {BlocksPerSlice:N0} calls: quartiles {Percentile(perSlice, 0.25):F2}-{Percentile(perSlice, 0.75):F2}x){note}");
    }

    private static double Mean(List<double> values, int start, int count)
    {
        double sum = 0;
        for (var i = start; i < start + count; i++)
        {
            sum += values[i];
        }

        return sum / count;
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];

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

        /// <summary>Wall microseconds of each interleaved call.</summary>
        public List<double> Calls { get; } = [];

        /// <summary>This process's CPU microseconds per call, per round.</summary>
        public List<double> Cpu { get; } = [];

        public long Gen0Collections { get; private set; }

        public long AllocatedBytes { get; private set; }

        public async Task MeasureCallAsync()
        {
            var start = Stopwatch.GetTimestamp();
            await Call();
            Calls.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        public async Task MeasureRoundAsync(int calls)
        {
            // Environment.CpuUsage is the process's CPU time (as Process.TotalProcessorTime) from getrusage, in microseconds
            // rather than /proc's 10 ms ticks, which would be coarse for a segment of a few tens of milliseconds.
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var gen0Before = GC.CollectionCount(0);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < calls; i++)
            {
                await Call();
            }

            AllocatedBytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Gen0Collections += GC.CollectionCount(0) - gen0Before;
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
