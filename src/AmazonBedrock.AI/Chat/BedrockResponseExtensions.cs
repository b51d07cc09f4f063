using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>Reads the Bedrock-specific extras this library attaches to MEAI responses.</summary>
public static class BedrockResponseExtensions
{
    /// <summary>The key under which warnings are stored in <c>AdditionalProperties</c>.</summary>
    public const string WarningsKey = "aws.bedrock.warnings";

    /// <summary>The warnings produced while mapping the request (settings not honoured, content left out).</summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Read(response.AdditionalProperties);
    }

    /// <summary>The warnings produced while mapping the request; they ride on the first update of a stream.</summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Read(update.AdditionalProperties);
    }

    internal static void SetBedrockWarnings(this AdditionalPropertiesDictionary properties, IReadOnlyList<BedrockWarning> warnings) =>
        properties[WarningsKey] = warnings;

    private static IReadOnlyList<BedrockWarning> Read(AdditionalPropertiesDictionary? properties) =>
        properties is not null && properties.TryGetValue(WarningsKey, out var value) && value is IReadOnlyList<BedrockWarning> list ? list : [];
}
