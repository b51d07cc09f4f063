namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Shared warning builders so the same situation always reads the same way.</summary>
internal static class WarningText
{
    public static BedrockWarning Unsupported(string setting, string reason) =>
        new(BedrockWarning.UnsupportedSetting, $"{setting} is not supported {reason} and was not sent.", setting);

    public static BedrockWarning Adjusted(string setting, string message) =>
        new(BedrockWarning.AdjustedSetting, message, setting);
}
