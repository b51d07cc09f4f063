using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Provider;

/// <summary>Collects the warnings of one call and logs each through the provider's logger.</summary>
internal sealed partial class ModelWarnings(ILogger logger, string modelId)
{
    private List<BedrockWarning>? _items;

    public IReadOnlyList<BedrockWarning> Items => _items is null ? [] : _items;

    public void Unsupported(string setting, string message) => Add(new BedrockWarning(BedrockWarning.UnsupportedSetting, message, setting));

    /// <summary>
    /// Warns about the MEAI option members no Bedrock request is built from: <c>AdditionalProperties</c> (never forwarded blindly)
    /// and <c>RawRepresentationFactory</c> (the request body is written here, not seeded from an SDK object).
    /// </summary>
    public void NotForwarded(string optionsType, AdditionalPropertiesDictionary? additionalProperties, bool hasRawRepresentationFactory)
    {
        if (additionalProperties is { Count: > 0 })
        {
            Unsupported("AdditionalProperties", $"{optionsType}.AdditionalProperties ({string.Join(", ", additionalProperties.Keys)}) are never forwarded to Bedrock; they were not sent.");
        }

        if (hasRawRepresentationFactory)
        {
            Unsupported("RawRepresentationFactory", $"{optionsType}.RawRepresentationFactory is not used: this library writes the Bedrock request itself.");
        }
    }

    public void Add(BedrockWarning warning)
    {
        (_items ??= []).Add(warning);
        Log(logger, modelId, warning.Code, warning.Setting ?? "-", warning.Message);
    }

    /// <summary>Logs warnings produced elsewhere (the chat request mapping collects its own list).</summary>
    public static void LogAll(ILogger logger, string modelId, IReadOnlyList<BedrockWarning> warnings)
    {
        foreach (var warning in warnings)
        {
            Log(logger, modelId, warning.Code, warning.Setting ?? "-", warning.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bedrock model {ModelId}: {Code} ({Setting}): {Message}")]
    private static partial void Log(ILogger logger, string modelId, string code, string setting, string message);
}
