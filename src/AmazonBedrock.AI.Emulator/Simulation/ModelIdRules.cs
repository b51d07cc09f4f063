using System.Text.RegularExpressions;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>The model identifier shapes Bedrock accepts: <c>provider.model[:version]</c> with an optional inference-profile prefix, or a Bedrock ARN.</summary>
internal static partial class ModelIdRules
{
    public const string InvalidModelMessage = "The provided model identifier is invalid.";

    public static bool IsValid(string? modelId) =>
        modelId is not null && modelId.Length <= 2048 && (FoundationModelId().IsMatch(modelId) || BedrockArn().IsMatch(modelId));

    [GeneratedRegex(@"^(?:[a-z]{2,6}(?:-[a-z]+)?\.)?[a-z0-9][a-z0-9-]*\.[A-Za-z0-9][A-Za-z0-9._\-]*(?::[A-Za-z0-9._\-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FoundationModelId();

    [GeneratedRegex(@"^arn:aws(?:-[a-z\-]+)?:(?:bedrock|sagemaker):[a-z0-9\-]*:[0-9]{0,12}:[A-Za-z\-]+/[A-Za-z0-9._:/\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BedrockArn();
}
