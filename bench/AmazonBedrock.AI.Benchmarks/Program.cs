using System.Globalization;
using AmazonBedrock.AI.Benchmarks.Checks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --filter '*'        the suite (short job unless --job is given)
// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --quick             every benchmark, a few iterations, in-process (minutes)
// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --concurrency 500   500 concurrent streams must all complete
// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --cold-start 5      process start to first answer
// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --cpu 3             W1/W3/W5 in CPU time per operation (steadier on a busy machine)
// dotnet run -c Release --project bench/AmazonBedrock.AI.Benchmarks -- --e2e               W1 end to end, client vs raw floor, calls interleaved for 30 s ([seconds] for longer)
switch (args.FirstOrDefault())
{
    case "--concurrency":
        return await ConcurrencyCheck.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500);
    case "--cpu":
        return await CpuTime.RunAsync(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3);
    case "--e2e":
        return await EndToEndInterleaved.RunAsync(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : null);
    case "--cold-start":
        return ColdStart.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
    case "--cold-start-child":
        return await ColdStart.ChildAsync(new Uri(args[1]));
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
IConfig config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
if (quick)
{
    config = config.AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(TimeInterval.FromMilliseconds(150))
        .WithId("Quick"));
    if (!rest.Contains("--filter"))
    {
        rest = [.. rest, "--filter", "*"];
    }
}
else if (!rest.Contains("--job") && !rest.Contains("-j"))
{
    // The machine is shared and noisy; the short job (1 launch, 3 warm-up and 3 measured iterations) is what the README table uses.
    config = config.AddJob(Job.ShortRun);
}

BenchmarkSwitcher.FromAssembly(typeof(ColdStart).Assembly).Run(rest, config);
return 0;
