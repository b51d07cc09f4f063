using System.Buffers;
using System.Text.Json;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI;

public sealed partial class BedrockChatClient
{
    // The members of a Converse request that CountTokens accepts (ConverseTokensRequest in the service model).
    private static readonly string[] CountedMembers = ["messages", "system", "toolConfig", "additionalModelRequestFields"];

    /// <summary>
    /// Counts the input tokens the same messages and options would cost, with Bedrock's <c>CountTokens</c> operation
    /// (<c>POST /model/{modelId}/count-tokens</c>). The request is mapped exactly as for <see cref="GetResponseAsync"/>;
    /// inference settings are not part of the count and are not sent.
    /// </summary>
    /// <param name="messages">The conversation.</param>
    /// <param name="options">The options (tools, system instructions and model-specific fields affect the count).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of input tokens.</returns>
    public async Task<int> CountTokensAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (modelId, plan) = await PlanAsync(messages, options, streaming: false, cancellationToken).ConfigureAwait(false);
        var response = await _provider.Transport.SendAsync(
            new BedrockRequest { Path = BedrockModelPath.For(modelId, "count-tokens"), Body = CountTokensBody(plan.Body), Operation = "CountTokens" },
            cancellationToken).ConfigureAwait(false);

        using var document = BodyJson.Parse(response.Body, "CountTokens", response.RequestId);
        return document.RootElement.TryGetProperty("inputTokens", out var tokens) && tokens.ValueKind == JsonValueKind.Number && tokens.TryGetInt32(out var count)
            ? count
            : throw BodyJson.Malformed("CountTokens", "no 'inputTokens' count", response.RequestId);
    }

    /// <summary>Counts the input tokens of a single user message (see the overload taking a conversation).</summary>
    /// <param name="message">The user's text.</param>
    /// <param name="options">The options (tools, system instructions and model-specific fields affect the count).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of input tokens.</returns>
    public Task<int> CountTokensAsync(string message, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        CountTokensAsync([new ChatMessage(ChatRole.User, message)], options, cancellationToken);

    /// <summary>Wraps the countable members of a Converse body as <c>{"input":{"converse":{…}}}</c>, copying them byte for byte.</summary>
    internal static byte[] CountTokensBody(byte[] converseBody)
    {
        using var document = JsonDocument.Parse(converseBody);
        var buffer = new ArrayBufferWriter<byte>(converseBody.Length + 32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("input");
            writer.WriteStartObject("converse");
            foreach (var name in CountedMembers)
            {
                if (document.RootElement.TryGetProperty(name, out var value))
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
