using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

/// <summary>
/// What Bedrock said besides the images; it is the <see cref="ImageGenerationResponse.RawRepresentation"/> of every response
/// from a Bedrock image generator.
/// </summary>
/// <param name="ModelId">The model that drew the images.</param>
/// <param name="Warnings">Settings the model could not honour (they were not sent).</param>
/// <param name="Seeds">The seeds Stability models report, in image order (empty for Canvas and Titan).</param>
/// <param name="RequestIds">The <c>x-amzn-RequestId</c> of each InvokeModel call made.</param>
public sealed record BedrockImageGenerationDetails(string ModelId, IReadOnlyList<BedrockWarning> Warnings, IReadOnlyList<long> Seeds, IReadOnlyList<string> RequestIds);
