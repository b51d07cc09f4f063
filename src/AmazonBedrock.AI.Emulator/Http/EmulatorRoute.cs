namespace AmazonBedrock.AI.Emulator;

/// <summary>The operation and model id read from a raw request path, without letting any router decode <c>%2F</c>.</summary>
internal readonly record struct EmulatorRoute(string? Operation, string? ModelId)
{
    private static readonly string[] ModelOperations = ["converse", "converse-stream", "invoke", "invoke-with-response-stream", "count-tokens"];

    public bool IsKnown => Operation is not null;

    public bool IsStreaming => Operation is "converse-stream" or "invoke-with-response-stream";

    public static EmulatorRoute Parse(string rawPath)
    {
        string path = rawPath.TrimEnd('/');
        if (path == "/rerank")
        {
            return new EmulatorRoute("rerank", null);
        }

        string[] segments = path.Split('/');
        if (segments.Length == 4 && segments[0].Length == 0 && segments[1] == "model" && segments[2].Length > 0 && ModelOperations.Contains(segments[3], StringComparer.Ordinal))
        {
            string modelId;
            try
            {
                modelId = Uri.UnescapeDataString(segments[2]);
            }
            catch (UriFormatException)
            {
                modelId = segments[2];
            }

            return new EmulatorRoute(segments[3], modelId);
        }

        return new EmulatorRoute(null, null);
    }
}
