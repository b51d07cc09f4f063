namespace AmazonBedrock.AI.Provider;

/// <summary>Builds Bedrock Runtime request paths.</summary>
internal static class BedrockModelPath
{
    /// <summary>
    /// <c>/model/{modelId}/{operation}</c> with the model id percent-encoded as ONE path segment:
    /// <c>:</c> becomes <c>%3A</c> and <c>/</c> becomes <c>%2F</c>, so application-inference-profile ARNs stay intact.
    /// </summary>
    public static string For(string modelId, string operation)
    {
        ValidateModelId(modelId);
        return $"/model/{Uri.EscapeDataString(modelId)}/{operation}";
    }

    /// <summary>Rejects ids Bedrock can never accept, before any network call.</summary>
    public static void ValidateModelId(string modelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        if (modelId.Length > 2048)
        {
            throw new ArgumentException("A Bedrock model id is at most 2048 characters long.", nameof(modelId));
        }

        foreach (var c in modelId)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException($"The model id '{modelId}' contains whitespace or control characters.", nameof(modelId));
            }
        }
    }
}
