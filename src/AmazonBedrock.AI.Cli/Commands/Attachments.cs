using AmazonBedrock.AI.Cli.Parsing;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>Reads <c>--file</c> arguments into <see cref="DataContent"/>, with the media type taken from the extension.</summary>
internal static class Attachments
{
    /// <summary>Loads every file, failing with a usage error on a missing file or an unknown kind of file.</summary>
    public static async Task<IReadOnlyList<AIContent>> LoadAsync(IReadOnlyList<string> paths, string currentDirectory, CancellationToken cancellationToken)
    {
        var contents = new List<AIContent>(paths.Count);
        foreach (string path in paths)
        {
            string fullPath = Path.GetFullPath(path, currentDirectory);
            if (!File.Exists(fullPath))
            {
                throw new UsageException($"--file '{path}' does not exist");
            }

            string extension = Path.GetExtension(fullPath);
            if (BedrockMediaTypes.FromFileName(fullPath) is not { } mediaType)
            {
                throw new UsageException(
                    $"--file '{path}': unsupported file type '{extension}' (supported: {string.Join(' ', BedrockMediaTypes.KnownExtensions)})");
            }

            byte[] bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
            contents.Add(new DataContent(bytes, mediaType) { Name = Path.GetFileName(fullPath) });
        }

        return contents;
    }
}
