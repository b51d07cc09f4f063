using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Models;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>
/// Maps <see cref="ChatOptions.Reasoning"/> and <see cref="BedrockReasoningConfig"/> to each family's reasoning fields.
/// Explicit <see cref="BedrockReasoningConfig"/> fields always win over what the portable effort implies.
/// </summary>
internal static class ReasoningPlanner
{
    private const int MinimumBudget = 1024;

    public static ReasoningPlan Plan(ReasoningOptions? portable, BedrockReasoningConfig? explicitConfig, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        var effort = portable?.Effort;
        if (effort is null && explicitConfig is null)
        {
            return ReasoningPlan.None;
        }

        var config = explicitConfig?.Clone() ?? new BedrockReasoningConfig();
        return profile.Capabilities.Reasoning switch
        {
            BedrockReasoningShape.AnthropicThinking => Anthropic(effort, config, profile, warnings),
            // Like the AI SDK, the portable effort reaches only Nova 2 Lite; Nova 1 models cannot reason. An explicit config is sent as given.
            BedrockReasoningShape.NovaReasoningConfig when explicitConfig is null && !profile.IsNova2Lite => NovaWithoutReasoning(effort, warnings),
            BedrockReasoningShape.NovaReasoningConfig => Nova(effort, config, profile, warnings),
            BedrockReasoningShape.OpenAIEffort => OpenAI(effort, config, profile, warnings),
            _ => Unsupported(effort, explicitConfig, profile, warnings),
        };
    }

    private static ReasoningPlan Anthropic(ReasoningEffort? effort, BedrockReasoningConfig config, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        if (effort == ReasoningEffort.None)
        {
            config.Type ??= BedrockReasoningType.Disabled;
        }
        else if (effort is { } requested)
        {
            if (profile.SupportsAdaptiveThinking)
            {
                config.Type ??= BedrockReasoningType.Adaptive;
                config.MaxReasoningEffort ??= ToEffort(requested);
            }
            else
            {
                config.Type ??= BedrockReasoningType.Enabled;
                config.BudgetTokens ??= BudgetFor(requested, profile.MaxOutputTokens);
            }
        }

        if (config.Type == BedrockReasoningType.Disabled)
        {
            return ReasoningPlan.None;
        }

        var fields = new List<KeyValuePair<string, JsonNode>>();
        int? budget = null;
        if (config.Type == BedrockReasoningType.Enabled)
        {
            budget = config.BudgetTokens ?? MinimumBudget;
            if (budget < MinimumBudget)
            {
                warnings.Add(WarningText.Adjusted("ReasoningConfig.BudgetTokens", $"The thinking budget {budget} is below Claude's minimum and was raised to {MinimumBudget}."));
                budget = MinimumBudget;
            }

            fields.Add(new("thinking", new JsonObject { ["type"] = "enabled", ["budget_tokens"] = budget }));
        }
        else if (config.Type == BedrockReasoningType.Adaptive)
        {
            var thinking = new JsonObject { ["type"] = "adaptive" };
            if (config.Display is { } display)
            {
                thinking["display"] = display == BedrockThinkingDisplay.Omitted ? "omitted" : "summarized";
            }

            fields.Add(new("thinking", thinking));
        }

        return new ReasoningPlan
        {
            ThinkingOn = config.Type is BedrockReasoningType.Enabled or BedrockReasoningType.Adaptive,
            BudgetTokens = budget,
            Fields = fields,
            AnthropicEffort = config.MaxReasoningEffort is { } maxEffort ? EffortName(maxEffort) : null,
        };
    }

    private static ReasoningPlan Nova(ReasoningEffort? effort, BedrockReasoningConfig config, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        WarnClaudeOnly(config, warnings);
        if (effort == ReasoningEffort.None && config.Type is null)
        {
            return ReasoningPlan.None;
        }

        if (effort is { } requested && requested != ReasoningEffort.None)
        {
            config.MaxReasoningEffort ??= ToEffort(requested);
        }

        if (config.Type == BedrockReasoningType.Disabled)
        {
            return ReasoningPlan.None;
        }

        if (config.MaxReasoningEffort is null)
        {
            warnings.Add(WarningText.Adjusted("ReasoningConfig.MaxReasoningEffort", "Nova needs a reasoning effort when reasoning is on; medium was used."));
            config.MaxReasoningEffort = BedrockReasoningEffort.Medium;
        }

        var level = CapAtHigh(config.MaxReasoningEffort.Value, "Nova", warnings);
        var reasoningConfig = new JsonObject { ["type"] = "enabled", ["maxReasoningEffort"] = EffortName(level) };
        return new ReasoningPlan
        {
            Fields = [new("reasoningConfig", reasoningConfig)],
            RemoveMaxTokens = profile.IsNova2Lite && level == BedrockReasoningEffort.High,
        };
    }

    private static ReasoningPlan NovaWithoutReasoning(ReasoningEffort? effort, List<BedrockWarning> warnings)
    {
        if (effort is not (null or ReasoningEffort.None))
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                "Only Nova 2 Lite reasons; ChatOptions.Reasoning was not sent. Set BedrockChatOptions.ReasoningConfig to send Nova's reasoningConfig anyway.",
                nameof(ChatOptions.Reasoning)));
        }

        return ReasoningPlan.None;
    }

    private static ReasoningPlan OpenAI(ReasoningEffort? effort, BedrockReasoningConfig config, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        WarnClaudeOnly(config, warnings);
        if (effort is { } requested && requested != ReasoningEffort.None)
        {
            config.MaxReasoningEffort ??= ToEffort(requested);
        }

        if (config.Type == BedrockReasoningType.Disabled || config.MaxReasoningEffort is not { } maxEffort)
        {
            return ReasoningPlan.None;
        }

        var level = EffortName(CapAtHigh(maxEffort, "OpenAI models", warnings));
        return new ReasoningPlan
        {
            Fields = profile.IsGptOss
                ? [new("reasoning_effort", JsonValue.Create(level))]
                : [new("reasoning", new JsonObject { ["effort"] = level })],
        };
    }

    private static ReasoningPlan Unsupported(ReasoningEffort? effort, BedrockReasoningConfig? explicitConfig, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        if (effort is not (null or ReasoningEffort.None) || explicitConfig is not null)
        {
            warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                $"{profile.Family} models have no reasoning control on Converse; the reasoning settings were not sent.", nameof(ChatOptions.Reasoning)));
        }

        return ReasoningPlan.None;
    }

    private static void WarnClaudeOnly(BedrockReasoningConfig config, List<BedrockWarning> warnings)
    {
        if (config.BudgetTokens is not null)
        {
            warnings.Add(WarningText.Unsupported("ReasoningConfig.BudgetTokens", "outside Claude (use MaxReasoningEffort)"));
            config.BudgetTokens = null;
        }

        if (config.Type == BedrockReasoningType.Adaptive)
        {
            warnings.Add(WarningText.Adjusted("ReasoningConfig.Type", "Adaptive thinking is Claude-only; reasoning was enabled instead."));
            config.Type = BedrockReasoningType.Enabled;
        }

        if (config.Display is not null)
        {
            warnings.Add(WarningText.Unsupported("ReasoningConfig.Display", "outside Claude"));
        }
    }

    private static BedrockReasoningEffort CapAtHigh(BedrockReasoningEffort effort, string who, List<BedrockWarning> warnings)
    {
        if (effort is BedrockReasoningEffort.ExtraHigh or BedrockReasoningEffort.Max)
        {
            warnings.Add(WarningText.Adjusted("ReasoningConfig.MaxReasoningEffort", $"{who} take low, medium or high effort; {EffortName(effort)} was sent as high."));
            return BedrockReasoningEffort.High;
        }

        return effort;
    }

    private static BedrockReasoningEffort ToEffort(ReasoningEffort effort) => effort switch
    {
        ReasoningEffort.Low => BedrockReasoningEffort.Low,
        ReasoningEffort.Medium => BedrockReasoningEffort.Medium,
        ReasoningEffort.High => BedrockReasoningEffort.High,
        _ => BedrockReasoningEffort.Max,
    };

    private static int BudgetFor(ReasoningEffort effort, int maxOutputTokens)
    {
        var share = effort switch
        {
            ReasoningEffort.Low => 0.1,
            ReasoningEffort.Medium => 0.3,
            ReasoningEffort.High => 0.6,
            _ => 0.9,
        };
        return Math.Clamp((int)Math.Round(maxOutputTokens * share, MidpointRounding.AwayFromZero), MinimumBudget, Math.Max(MinimumBudget, maxOutputTokens));
    }

    internal static string EffortName(BedrockReasoningEffort effort) => effort switch
    {
        BedrockReasoningEffort.Low => "low",
        BedrockReasoningEffort.Medium => "medium",
        BedrockReasoningEffort.High => "high",
        BedrockReasoningEffort.ExtraHigh => "xhigh",
        _ => "max",
    };
}
