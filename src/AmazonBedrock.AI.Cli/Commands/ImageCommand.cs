using System.Diagnostics;
using System.Globalization;
using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary><c>bedrock image "prompt" -o out.png</c>: generates one image and saves it.</summary>
internal static class ImageCommand
{
    /// <summary>The file written when <c>-o</c> is not given.</summary>
    public const string DefaultOutput = "image.png";

    /// <summary>Generates the image and writes it to the output file.</summary>
    public static async Task<int> RunAsync(
        CliCommand command, IBedrockClients clients, CliConsole console, string currentDirectory, CancellationToken cancellationToken)
    {
        string model = command.Model ?? HelpText.DefaultImageModel;
        string path = Path.GetFullPath(command.Output ?? DefaultOutput, currentDirectory);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            throw new UsageException($"--output folder '{folder}' does not exist");
        }

        var generator = clients.GetImageGenerator(model);
        var options = new ImageGenerationOptions
        {
            Count = 1,
            ResponseFormat = ImageGenerationResponseFormat.Data,
            ImageSize = command.ImageSize is { } size ? new System.Drawing.Size(size.Width, size.Height) : null,
        };

        var clock = Stopwatch.StartNew();
        ImageGenerationResponse response;
        await using (Spinner.Start(console, "painting…"))
        {
            response = await generator.GenerateAsync(new ImageGenerationRequest(command.Text), options, cancellationToken).ConfigureAwait(false);
        }

        var image = response.Contents.OfType<DataContent>().FirstOrDefault()
            ?? throw new BedrockException("The model answered without an image.");
        await File.WriteAllBytesAsync(path, image.Data.ToArray(), cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"saved {path} ({image.Data.Length} bytes, {image.MediaType})")).ConfigureAwait(false);
        if (command.Verbose)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"latency {clock.Elapsed.TotalMilliseconds:0} ms · model {model}")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
