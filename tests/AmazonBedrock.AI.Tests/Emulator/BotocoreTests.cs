using System.Diagnostics;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;
using Xunit.Abstractions;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>The AWS SDK for Python (botocore) calls Converse and ConverseStream on the emulator unchanged; skipped where python3 or botocore is missing.</summary>
public sealed class BotocoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Botocore_converse_and_converse_stream_work_against_the_emulator()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string script = Path.Combine(AppContext.BaseDirectory, "TestData", "emulator", "botocore_client.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(emulator.BaseUri.ToString());
        foreach (string variable in new[] { "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "AWS_BEARER_TOKEN_BEDROCK" })
        {
            start.Environment.Remove(variable);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine("Skipped: python3 is not installed.");
            return;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode == 3)
            {
                output.WriteLine("Skipped: botocore is not installed.");
                return;
            }

            Assert.True(process.ExitCode == 0, await stderr);
            var result = JsonNode.Parse(await stdout)!;
            Assert.Contains("Hello from botocore", result["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("end_turn", result["stopReason"]!.GetValue<string>());
            Assert.Equal(emulator.Requests[0].RequestId, result["requestId"]!.GetValue<string>());
            var events = result["events"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
            Assert.Equal("messageStart", events[0]);
            Assert.Equal("metadata", events[^1]);
            Assert.Equal(result["text"]!.GetValue<string>(), result["streamedText"]!.GetValue<string>());
            Assert.Equal("ValidationException", result["errorCode"]!.GetValue<string>());
            Assert.All(emulator.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256", r.Headers["authorization"], StringComparison.Ordinal));
        }
    }
}
