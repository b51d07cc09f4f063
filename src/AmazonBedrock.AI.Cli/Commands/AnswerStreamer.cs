using System.Diagnostics;
using System.Globalization;
using AmazonBedrock.AI.Cli.Terminal;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>
/// Streams one answer: text to the out writer as it arrives, reasoning and warnings to the error writer,
/// a spinner until the first token, and with <c>--verbose</c> a summary line at the end.
/// </summary>
internal static class AnswerStreamer
{
    /// <summary>Streams the answer; returns every update received (also when cancelled part-way, through <paramref name="received"/>).</summary>
    public static async Task StreamAsync(
        IChatClient client,
        IEnumerable<ChatMessage> messages,
        ChatOptions options,
        CliConsole console,
        bool verbose,
        List<ChatResponseUpdate> received,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan? firstToken = null;
        bool reasoningOpen = false;
        bool endsWithNewline = true;
        var spinner = Spinner.Start(console, "thinking…");
        try
        {
            await foreach (var update in client.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                received.Add(update);
                foreach (var warning in update.GetBedrockWarnings())
                {
                    await StopSpinnerAsync().ConfigureAwait(false);
                    await console.Error.WriteLineAsync($"warning: {warning.Message}").ConfigureAwait(false);
                }

                foreach (var content in update.Contents)
                {
                    switch (content)
                    {
                        case TextReasoningContent { Text.Length: > 0 } reasoning:
                            await StopSpinnerAsync().ConfigureAwait(false);
                            firstToken ??= clock.Elapsed;
                            reasoningOpen = true;
                            await console.Error.WriteAsync(reasoning.Text).ConfigureAwait(false);
                            await console.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
                            break;
                        case TextContent { Text.Length: > 0 } text:
                            await StopSpinnerAsync().ConfigureAwait(false);
                            firstToken ??= clock.Elapsed;
                            if (reasoningOpen)
                            {
                                // Separate the visible reasoning from the answer on a terminal.
                                await console.Error.WriteLineAsync().ConfigureAwait(false);
                                await console.Error.WriteLineAsync().ConfigureAwait(false);
                                reasoningOpen = false;
                            }

                            await console.Out.WriteAsync(text.Text).ConfigureAwait(false);
                            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                            endsWithNewline = text.Text.EndsWith('\n');
                            break;
                        default:
                            break;
                    }
                }
            }
        }
        finally
        {
            await StopSpinnerAsync().ConfigureAwait(false);
            if (!endsWithNewline)
            {
                await console.Out.WriteLineAsync().ConfigureAwait(false);
            }

            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        if (verbose)
        {
            await console.Error.WriteLineAsync(Summary(received, clock.Elapsed, firstToken)).ConfigureAwait(false);
        }

        async ValueTask StopSpinnerAsync()
        {
            if (spinner is not null)
            {
                await spinner.DisposeAsync().ConfigureAwait(false);
                spinner = null;
            }
        }
    }

    /// <summary>The <c>--verbose</c> line: usage, latency, finish reason, request id and model.</summary>
    public static string Summary(IReadOnlyList<ChatResponseUpdate> updates, TimeSpan elapsed, TimeSpan? firstToken)
    {
        UsageDetails? usage = null;
        ChatFinishReason? finishReason = null;
        string? requestId = null;
        string? model = null;
        foreach (var update in updates)
        {
            foreach (var content in update.Contents)
            {
                if (content is UsageContent { Details: { } details })
                {
                    usage ??= new UsageDetails();
                    usage.Add(details);
                }
            }

            finishReason = update.FinishReason ?? finishReason;
            requestId = update.ResponseId ?? requestId;
            model = update.ModelId ?? model;
        }

        var parts = new List<string>
        {
            usage is null
                ? "usage: not reported"
                : Invariant($"usage: {usage.InputTokenCount ?? 0} input + {usage.OutputTokenCount ?? 0} output = {usage.TotalTokenCount ?? (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0)} tokens"),
        };
        if (firstToken is { } first)
        {
            parts.Add(Invariant($"first token {first.TotalMilliseconds:0} ms"));
        }

        parts.Add(Invariant($"latency {elapsed.TotalMilliseconds:0} ms"));
        parts.Add($"finish reason {finishReason?.Value ?? "unknown"}");
        parts.Add($"request id {requestId ?? "unknown"}");
        if (model is not null)
        {
            parts.Add($"model {model}");
        }

        return string.Join(" · ", parts);
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
