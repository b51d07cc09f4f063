using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Models;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>Builds <c>toolConfig</c>: tool specs with their full schemas, the tool choice, and a cache point after the tools.</summary>
internal static class ToolPlanner
{
    private const string JsonToolDescription = "Respond with a JSON object.";

    /// <summary>The structured-output tool to add, when structured output goes through a tool.</summary>
    internal sealed record JsonToolRequest(JsonObject Schema, string? Description);

    public static ToolPlan Plan(
        ChatOptions? options,
        BedrockChatOptions? bedrockOptions,
        BedrockModelProfile profile,
        ReasoningPlan reasoning,
        JsonToolRequest? jsonTool,
        List<BedrockWarning> warnings)
    {
        if (jsonTool is null && options?.Tools is not { Count: > 0 })
        {
            if (options?.ToolMode is RequiredChatToolMode { RequiredFunctionName: { } name })
            {
                throw MissingRequiredTool(name);
            }

            return ToolPlan.None;
        }

        IList<AITool> declared = options?.Tools ?? [];
        var functions = new List<AIFunctionDeclaration>(declared.Count);
        for (var i = 0; i < declared.Count; i++)
        {
            var tool = declared[i];
            if (tool is AIFunctionDeclaration function)
            {
                functions.Add(function);
            }
            else if (tool is not null)
            {
                warnings.Add(new BedrockWarning(BedrockWarning.UnsupportedSetting,
                    $"The tool '{tool.Name}' ({tool.GetType().Name}) is not a function tool; Bedrock Converse only runs function tools, so it was not sent.", "Tools"));
            }
        }

        var originalToWire = AssignWireNames(functions);
        if (functions.Count > 0 && !profile.Capabilities.SupportsTools)
        {
            warnings.Add(WarningText.Unsupported("Tools", $"by {profile.Family} models"));
            functions.Clear();
        }

        var mode = options?.ToolMode;
        string? forcedName = null;
        switch (mode)
        {
            case NoneChatToolMode:
                functions.Clear();
                break;
            case RequiredChatToolMode { RequiredFunctionName: { } required }:
                var match = functions.Find(f => f.Name == required) ?? throw MissingRequiredTool(required);
                functions = [match];
                forcedName = originalToWire[match.Name];
                break;
        }

        var tools = new List<ToolSpec>(functions.Count + (jsonTool is null ? 0 : 1));
        var wireToOriginal = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            var wireName = originalToWire[function.Name];
            wireToOriginal[wireName] = function.Name;
            tools.Add(FunctionSpec(wireName, function, StrictRequested(function), profile, warnings));
        }

        string? jsonToolName = null;
        if (jsonTool is not null)
        {
            jsonToolName = UniqueName("json", wireToOriginal.Keys);
            tools.Add(new ToolSpec
            {
                Name = jsonToolName,
                Description = string.IsNullOrWhiteSpace(jsonTool.Description) ? JsonToolDescription : jsonTool.Description,
                SchemaNode = jsonTool.Schema,
            });
        }

        if (tools.Count == 0)
        {
            return new ToolPlan { WireToOriginal = wireToOriginal, OriginalToWire = originalToWire };
        }

        // No tool mode means auto, said explicitly: the AI SDK defaults an omitted toolChoice to auto and sends {"auto":{}}.
        var choice = mode switch
        {
            RequiredChatToolMode { RequiredFunctionName: null } => "any",
            RequiredChatToolMode => "tool",
            _ => "auto",
        };
        if (jsonTool is not null && choice == "auto")
        {
            choice = "any";
        }

        if (choice is "any" or "tool")
        {
            var reason = profile.RejectsForcedToolUse ? "this model rejects forced tool use"
                : reasoning.ThinkingOn ? "Claude cannot be forced to use a tool while thinking"
                : null;
            if (reason is not null)
            {
                warnings.Add(WarningText.Adjusted(nameof(ChatOptions.ToolMode), $"The tool choice was relaxed to auto because {reason}."));
                choice = "auto";
            }
        }

        BedrockCacheTtl? cachePoint = null;
        if (bedrockOptions?.ToolsCachePoint is { } ttl)
        {
            if (profile.Capabilities.SupportsCachePoints)
            {
                cachePoint = ttl;
            }
            else
            {
                warnings.Add(WarningText.Unsupported("ToolsCachePoint", $"by {profile.Family} models"));
            }
        }

        JsonObject? anthropicChoice = null;
        string? converseChoice = null;
        var disableParallel = bedrockOptions?.DisableParallelToolUse == true || options?.AllowMultipleToolCalls == false;
        if (disableParallel && profile.Family == BedrockModelFamily.Anthropic)
        {
            // Converse has no flag for it; Claude's native tool_choice carries it, and toolConfig.toolChoice must then be absent.
            anthropicChoice = new JsonObject { ["type"] = choice };
            if (choice == "tool")
            {
                anthropicChoice["name"] = forcedName;
            }

            anthropicChoice["disable_parallel_tool_use"] = true;
        }
        else
        {
            if (disableParallel)
            {
                warnings.Add(WarningText.Unsupported("DisableParallelToolUse", $"by {profile.Family} models"));
            }

            converseChoice = choice;
        }

        return new ToolPlan
        {
            ToolConfig = new ToolConfig { Tools = tools, CachePoint = cachePoint, Choice = converseChoice, ForcedName = forcedName },
            AnthropicToolChoice = anthropicChoice,
            WireToOriginal = wireToOriginal,
            OriginalToWire = originalToWire,
            JsonToolName = jsonToolName,
        };
    }

    private static ToolSpec FunctionSpec(string name, AIFunctionDeclaration function, bool? strict, BedrockModelProfile profile, List<BedrockWarning> warnings)
    {
        var description = function.Description;
        var sendStrict = strict;
        if (strict is not null && !profile.SupportsStrictTools)
        {
            warnings.Add(WarningText.Unsupported("Strict", $"for the tool '{name}' by this model"));
            sendStrict = null;
        }

        return new ToolSpec
        {
            Name = name,
            Description = string.IsNullOrWhiteSpace(description) ? null : description,
            Strict = sendStrict,
            SchemaJson = SchemaNormalizer.ToolInputJson(function, sendStrict == true),
        };
    }

    // MEAI has no strict flag on functions; the convention is an AdditionalProperties entry.
    private static bool? StrictRequested(AIFunctionDeclaration function)
    {
        if (function.AdditionalProperties is not { } properties)
        {
            return null;
        }

        foreach (var key in (ReadOnlySpan<string>)["Strict", "strict", "strictJsonSchema"])
        {
            if (properties.TryGetValue(key, out var value))
            {
                return value switch
                {
                    bool flag => flag,
                    JsonElement { ValueKind: JsonValueKind.True } => true,
                    JsonElement { ValueKind: JsonValueKind.False } => false,
                    _ => null,
                };
            }
        }

        return null;
    }

    private static ArgumentException MissingRequiredTool(string name) =>
        new($"ToolMode requires the tool '{name}', but no function tool of that name is in ChatOptions.Tools.", "options");

    private static Dictionary<string, string> AssignWireNames(List<AIFunctionDeclaration> functions)
    {
        var originalToWire = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            if (originalToWire.ContainsKey(function.Name))
            {
                throw new ArgumentException($"Two tools are named '{function.Name}'; tool names must be unique.", "options");
            }

            var wire = UniqueName(ToolNameSanitizer.Sanitize(function.Name), used);
            used.Add(wire);
            originalToWire[function.Name] = wire;
        }

        return originalToWire;
    }

    private static string UniqueName(string name, IEnumerable<string> taken)
    {
        var set = taken as ICollection<string> ?? [.. taken];
        var candidate = name;
        for (var n = 2; set.Contains(candidate); n++)
        {
            var suffix = $"_{n}";
            candidate = name[..Math.Min(name.Length, ToolNameSanitizer.MaxLength - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
