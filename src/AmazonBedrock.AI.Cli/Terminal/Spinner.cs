namespace AmazonBedrock.AI.Cli.Terminal;

/// <summary>
/// A one-character spinner on the error stream while waiting for the first token; it erases itself when stopped.
/// Does nothing unless the error stream is a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class Spinner : IAsyncDisposable
{
    private static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(80);

    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private Spinner(TextWriter writer, string label)
    {
        _writer = writer;
        _label = label;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Starts a spinner when <paramref name="console"/>'s error stream is a terminal; otherwise returns one that does nothing.</summary>
    public static Spinner? Start(CliConsole console, string label) => console.ErrorIsTerminal ? new Spinner(console.Error, label) : null;

    /// <summary>Stops and erases the spinner; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        int frame = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await _writer.WriteAsync($"\r{Frames[frame++ % Frames.Length]} {_label}").ConfigureAwait(false);
                await _writer.FlushAsync().ConfigureAwait(false);
                await Task.Delay(Interval, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: fall through to erase.
        }

        if (frame > 0)
        {
            await _writer.WriteAsync("\r" + new string(' ', _label.Length + 2) + "\r").ConfigureAwait(false);
            await _writer.FlushAsync().ConfigureAwait(false);
        }
    }
}
