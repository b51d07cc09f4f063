using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Embeddings;

/// <summary>Collects the warnings of one call and logs each through the provider's logger.</summary>
internal sealed partial class ModelWarnings(ILogger logger, string modelId)
{
    private List<BedrockWarning>? _items;

    public IReadOnlyList<BedrockWarning> Items => _items is null ? [] : _items;

    public void Unsupported(string setting, string message) => Add(new BedrockWarning(BedrockWarning.UnsupportedSetting, message, setting));

    public void Add(BedrockWarning warning)
    {
        (_items ??= []).Add(warning);
        Log(logger, modelId, warning.Code, warning.Setting ?? "-", warning.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bedrock model {ModelId}: {Code} ({Setting}): {Message}")]
    private static partial void Log(ILogger logger, string modelId, string code, string setting, string message);
}
