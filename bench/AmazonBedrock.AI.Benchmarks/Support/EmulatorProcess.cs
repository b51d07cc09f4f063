using System.Diagnostics;

namespace AmazonBedrock.AI.Benchmarks.Support;

/// <summary>
/// The emulator in its own process (so its work does not count as ours): <c>dotnet AmazonBedrock.AI.Emulator.dll --port 0</c>,
/// started from the repository's Release build output and stopped by killing exactly that process.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private const string ListeningPrefix = "Bedrock emulator listening on ";

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>Starts the emulator without signature checks, so the raw baseline can post an unsigned prebuilt body to the same server.</summary>
    public static EmulatorProcess Start()
    {
        var dll = FindEmulatorDll();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--port", "0", "--quiet", "--no-verify" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator process.");
        try
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator exited: " + process.StandardError.ReadToEnd());
                if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    var uri = new Uri(line[ListeningPrefix.Length..].Trim());

                    // Keep draining the output so the emulator never blocks on a full pipe.
                    _ = process.StandardOutput.ReadToEndAsync();
                    _ = process.StandardError.ReadToEndAsync();
                    return new EmulatorProcess(process, uri);
                }
            }

            throw new TimeoutException("The emulator did not report its address within 60 s.");
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>The emulator's build output; set <c>BEDROCK_EMULATOR_DLL</c> to point elsewhere.</summary>
    public static string FindEmulatorDll()
    {
        if (Environment.GetEnvironmentVariable("BEDROCK_EMULATOR_DLL") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "src", "AmazonBedrock.AI.Emulator");
            if (!Directory.Exists(project))
            {
                continue;
            }

            foreach (var configuration in new[] { "Release", "Debug" })
            {
                var dll = Path.Combine(project, "bin", configuration, "net10.0", "AmazonBedrock.AI.Emulator.dll");
                if (File.Exists(dll))
                {
                    return dll;
                }
            }
        }

        throw new FileNotFoundException("Build the emulator first (dotnet build -c Release src/AmazonBedrock.AI.Emulator) or set BEDROCK_EMULATOR_DLL.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
