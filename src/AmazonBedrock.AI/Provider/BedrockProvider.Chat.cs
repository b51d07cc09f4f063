namespace AmazonBedrock.AI;

public sealed partial class BedrockProvider
{
    /// <summary>
    /// A chat client for a Bedrock model: a foundation model id (<c>amazon.nova-pro-v1:0</c>), a cross-region inference
    /// profile id (<c>us.anthropic.claude-sonnet-4-5-20250929-v1:0</c>) or an ARN (set
    /// <see cref="BedrockChatClientSettings.Family"/> when the ARN hides the family).
    /// </summary>
    /// <param name="modelId">The model to call.</param>
    /// <param name="settings">Per-model defaults; copied, so later changes do not affect the client.</param>
    public BedrockChatClient GetChatClient(string modelId, BedrockChatClientSettings? settings = null) => new(this, modelId, settings);
}
