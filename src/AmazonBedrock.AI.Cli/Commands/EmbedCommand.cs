using System.Diagnostics;
using System.Globalization;
using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary><c>bedrock embed "text" ...</c>: the dimension, the first values and the usage of each embedding.</summary>
internal static class EmbedCommand
{
    /// <summary>How many leading values are printed.</summary>
    public const int ShownValues = 8;

    /// <summary>Embeds every text argument.</summary>
    public static async Task<int> RunAsync(CliCommand command, IBedrockClients clients, CliConsole console, CancellationToken cancellationToken)
    {
        string model = command.Model ?? HelpText.DefaultEmbeddingModel;
        var generator = clients.GetEmbeddingGenerator(model);
        var options = new EmbeddingGenerationOptions { Dimensions = command.Dimensions };
        var clock = Stopwatch.StartNew();
        GeneratedEmbeddings<Embedding<float>> embeddings;
        await using (Spinner.Start(console, "embedding…"))
        {
            embeddings = await generator.GenerateAsync(command.Arguments, options, cancellationToken).ConfigureAwait(false);
        }

        for (int i = 0; i < embeddings.Count; i++)
        {
            if (embeddings.Count > 1)
            {
                await console.Out.WriteLineAsync($"[{i + 1}] {Preview(command.Arguments[i])}").ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"dimensions: {embeddings[i].Vector.Length}")).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"values: [{FirstValues(embeddings[i].Vector.Span)}]").ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"norm: {Norm(embeddings[i].Vector.Span):0.####}")).ConfigureAwait(false);
        }

        string usage = embeddings.Usage?.InputTokenCount is { } tokens
            ? string.Create(CultureInfo.InvariantCulture, $"usage: {tokens} input tokens")
            : "usage: not reported";
        await console.Out.WriteLineAsync(usage).ConfigureAwait(false);
        if (command.Verbose)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"latency {clock.Elapsed.TotalMilliseconds:0} ms · model {model}")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The first <see cref="ShownValues"/> values, then an ellipsis when there are more.</summary>
    public static string FirstValues(ReadOnlySpan<float> vector)
    {
        var shown = new List<string>(ShownValues + 1);
        for (int j = 0; j < Math.Min(ShownValues, vector.Length); j++)
        {
            shown.Add(vector[j].ToString("G6", CultureInfo.InvariantCulture));
        }

        if (vector.Length > ShownValues)
        {
            shown.Add("…");
        }

        return string.Join(", ", shown);
    }

    private static double Norm(ReadOnlySpan<float> vector)
    {
        double sum = 0;
        foreach (float value in vector)
        {
            sum += (double)value * value;
        }

        return Math.Sqrt(sum);
    }

    private static string Preview(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
