using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>Reads the Bedrock extras of an image generation response.</summary>
[Experimental("MEAI001")]
public static class BedrockImageResponseExtensions
{
    /// <summary>
    /// The settings the model could not honour (they were not sent). They are the <see cref="BedrockImageGenerationDetails.Warnings"/>
    /// of the response's <see cref="ImageGenerationResponse.RawRepresentation"/>.
    /// </summary>
    public static IReadOnlyList<BedrockWarning> GetBedrockWarnings(this ImageGenerationResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.RawRepresentation is BedrockImageGenerationDetails details ? details.Warnings : [];
    }
}
