using AmazonBedrock.AI.Cli.Parsing;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>Reads <c>--file</c> arguments into <see cref="DataContent"/>, with the media type taken from the extension.</summary>
internal static class Attachments
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".mp4"] = "video/mp4",
        [".mov"] = "video/quicktime",
        [".mkv"] = "video/x-matroska",
        [".webm"] = "video/webm",
        [".flv"] = "video/x-flv",
        [".mpeg"] = "video/mpeg",
        [".mpg"] = "video/mpeg",
        [".wmv"] = "video/x-ms-wmv",
        [".3gp"] = "video/3gpp",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".flac"] = "audio/flac",
    };

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
            if (!MediaTypes.TryGetValue(extension, out string? mediaType))
            {
                throw new UsageException(
                    $"--file '{path}': unsupported file type '{extension}' (supported: {string.Join(' ', MediaTypes.Keys)})");
            }

            byte[] bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
            contents.Add(new DataContent(bytes, mediaType) { Name = Path.GetFileName(fullPath) });
        }

        return contents;
    }
}
