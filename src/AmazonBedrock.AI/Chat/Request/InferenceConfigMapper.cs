using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Models;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Maps the sampling settings: <c>inferenceConfig</c> for the portable ones, the family's own field for top-k, and a
/// warning for anything a model would reject (sampling while Claude thinks, models that take no sampling at all, …).
/// </summary>
internal static class InferenceConfigMapper
{
    private const int DefaultThinkingBase = 4096;

    public static InferenceConfig Map(
        ChatOptions? options,
        BedrockModelProfile profile,
        ReasoningPlan reasoning,
        BedrockChatClientSettings settings,
        List<BedrockWarning> warnings,
        out IReadOnlyList<KeyValuePair<string, JsonNode>> samplingFields)
    {
        samplingFields = [];
        var isOtherOpenAI = profile.Family == BedrockModelFamily.OpenAI && !profile.IsGptOss;
        var samplingBlocker = profile.RejectsSamplingParameters ? $"by {profile.Family} model versions this new"
            : reasoning.ThinkingOn ? "while Claude is thinking"
            : null;

        var maxTokens = options?.MaxOutputTokens;
        if (maxTokens is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), maxTokens, "MaxOutputTokens must be positive.");
        }

        if (reasoning.BudgetTokens is { } budget)
        {
            maxTokens = (maxTokens ?? DefaultThinkingBase) + budget;
            var limit = settings.MaxOutputTokens ?? profile.MaxOutputTokens;
            if (limit > 0 && maxTokens > limit)
            {
                warnings.Add(WarningText.Adjusted(nameof(ChatOptions.MaxOutputTokens), $"maxTokens plus the thinking budget ({maxTokens}) exceeds the model's limit and was capped at {limit}."));
                maxTokens = limit;
            }
        }

        if (reasoning.RemoveMaxTokens && maxTokens is not null)
        {
            warnings.Add(WarningText.Unsupported(nameof(ChatOptions.MaxOutputTokens), "by Nova 2 Lite at high reasoning effort"));
            maxTokens = null;
        }

        float? sentTemperature = null;
        if (options?.Temperature is { } temperature)
        {
            if (samplingBlocker is not null || isOtherOpenAI)
            {
                warnings.Add(WarningText.Unsupported(nameof(ChatOptions.Temperature), samplingBlocker ?? "by this OpenAI model on Converse"));
            }
            else
            {
                var clamped = Math.Clamp(temperature, 0f, 1f);
                if (clamped != temperature)
                {
                    warnings.Add(WarningText.Adjusted(nameof(ChatOptions.Temperature), $"{temperature} is outside Bedrock's range 0-1 and was clamped to {clamped}."));
                }

                sentTemperature = clamped;
            }
        }

        float? sentTopP = null;
        if (options?.TopP is { } topP)
        {
            if (samplingBlocker is not null || isOtherOpenAI)
            {
                warnings.Add(WarningText.Unsupported(nameof(ChatOptions.TopP), samplingBlocker ?? "by this OpenAI model on Converse"));
            }
            else
            {
                sentTopP = topP;
            }
        }

        IList<string>? sentStops = null;
        if (options?.StopSequences is { Count: > 0 } stops)
        {
            if (profile.Family == BedrockModelFamily.OpenAI)
            {
                warnings.Add(WarningText.Unsupported(nameof(ChatOptions.StopSequences), "by OpenAI models on Converse"));
            }
            else
            {
                sentStops = stops;
            }
        }

        if (options?.TopK is { } topK)
        {
            if (samplingBlocker is not null)
            {
                warnings.Add(WarningText.Unsupported(nameof(ChatOptions.TopK), samplingBlocker));
            }
            else
            {
                samplingFields = profile.Capabilities.TopK switch
                {
                    BedrockTopKField.TopKSnakeCase => [new("top_k", JsonValue.Create(topK))],
                    BedrockTopKField.NovaInferenceConfig => [new("inferenceConfig", new JsonObject { ["topK"] = topK })],
                    BedrockTopKField.CohereK => [new("k", JsonValue.Create(topK))],
                    _ => [],
                };
                if (samplingFields.Count == 0)
                {
                    warnings.Add(WarningText.Unsupported(nameof(ChatOptions.TopK), $"by {profile.Family} models"));
                }
            }
        }

        if (options?.Seed is not null)
        {
            warnings.Add(WarningText.Unsupported(nameof(ChatOptions.Seed), "on Converse"));
        }

        if (options?.FrequencyPenalty is not null)
        {
            warnings.Add(WarningText.Unsupported(nameof(ChatOptions.FrequencyPenalty), "on Converse"));
        }

        if (options?.PresencePenalty is not null)
        {
            warnings.Add(WarningText.Unsupported(nameof(ChatOptions.PresencePenalty), "on Converse"));
        }

        return new InferenceConfig(maxTokens, sentTemperature, sentTopP, sentStops);
    }
}
