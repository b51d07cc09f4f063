using System.Diagnostics;
using System.Globalization;
using AmazonBedrock.AI.Benchmarks.Support;

namespace AmazonBedrock.AI.Benchmarks.Checks;

/// <summary>
/// Cold start: from starting a fresh process to its first completed Converse call with explicit credentials against the
/// emulator (which runs in its own, already warm, process). Each run starts <c>dotnet AmazonBedrock.AI.Benchmarks.dll --cold-start-child URI</c>.
/// </summary>
internal static class ColdStart
{
    private const string ResultPrefix = "first-call-done ";

    public static int Run(int runs)
    {
        using var emulator = EmulatorProcess.Start();
        var self = typeof(ColdStart).Assembly.Location;
        var wall = new List<double>();
        var inProcess = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add(self);
            info.ArgumentList.Add("--cold-start-child");
            info.ArgumentList.Add(emulator.BaseUri.AbsoluteUri);
            var clock = Stopwatch.StartNew();
            using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the child process.");
            string? line;
            while ((line = child.StandardOutput.ReadLine()) is not null && !line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
            }

            clock.Stop();
            child.WaitForExit();
            if (line is null || child.ExitCode != 0)
            {
                Console.WriteLine($"run {run + 1}: the child failed (exit code {child.ExitCode}).");
                return 1;
            }

            var reported = double.Parse(line[ResultPrefix.Length..], CultureInfo.InvariantCulture);
            wall.Add(clock.Elapsed.TotalMilliseconds);
            inProcess.Add(reported);
            Console.WriteLine($"run {run + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms from Process.Start to the first answer; {reported:F0} ms of it inside the process (from Main to the answer)");
        }

        wall.Sort();
        inProcess.Sort();
        Console.WriteLine($"Cold start, median of {runs}: {wall[runs / 2]:F0} ms from Process.Start (dotnet host start-up included), {inProcess[runs / 2]:F0} ms from Main");
        return 0;
    }

    /// <summary>The measured child: one provider, one client, one call.</summary>
    public static async Task<int> ChildAsync(Uri emulator)
    {
        var sinceMain = Stopwatch.StartNew();
        using var provider = Workloads.EmulatorProvider(emulator);
        var response = await provider.GetChatClient(Workloads.ModelId).GetResponseAsync(Workloads.SmallPrompt, Workloads.SmallOptions);
        if (string.IsNullOrEmpty(response.Text))
        {
            return 1;
        }

        Console.WriteLine(ResultPrefix + sinceMain.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        return 0;
    }
}
