using System.Globalization;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Validates a Converse request as Bedrock does and returns Bedrock's ValidationException message for the first violation.</summary>
internal sealed class ConverseValidator
{
    private static readonly string[] ImageFormats = ["gif", "jpeg", "png", "webp"];
    private static readonly string[] DocumentFormats = ["pdf", "csv", "doc", "docx", "xls", "xlsx", "html", "txt", "md"];
    private static readonly string[] VideoFormats = ["mkv", "mov", "mp4", "webm", "flv", "mpeg", "mpg", "wmv", "three_gp"];
    private readonly ReasoningSigner _signer;

    public ConverseValidator(ReasoningSigner signer) => _signer = signer;

    public string? Validate(JsonObject body)
    {
        if (body["messages"] is not JsonArray messages || messages.Count == 0)
        {
            return "A conversation must start with a user message. Try again with a conversation that starts with a user message.";
        }

        if (ValidateInferenceConfig(body["inferenceConfig"]) is string inference)
        {
            return inference;
        }

        if (ValidateSystem(body["system"]) is string system)
        {
            return system;
        }

        bool hasToolConfig = body["toolConfig"] is JsonObject;
        if (ValidateToolConfig(body["toolConfig"]) is string tools)
        {
            return tools;
        }

        bool hasToolBlocks = false;
        string? previousRole = null;
        HashSet<string> pendingToolUseIds = [];
        for (int i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject message)
            {
                return Coral($"Value null at 'messages.{i + 1}.member' failed to satisfy constraint: Member must not be null");
            }

            string? role = JsonRead.String(message["role"]);
            if (role is not ("user" or "assistant"))
            {
                return Coral($"Value '{role}' at 'messages.{i + 1}.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]");
            }

            if (i == 0 && role != "user")
            {
                return "A conversation must start with a user message. Try again with a conversation that starts with a user message.";
            }

            if (role == previousRole)
            {
                return "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.";
            }

            previousRole = role;
            if (message["content"] is not JsonArray content || content.Count == 0)
            {
                return $"The content field in the Message object at messages.{i} is empty. Add a ContentBlock object to the content field and try again.";
            }

            var toolResultIds = new List<string>();
            var toolUseIds = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < content.Count; j++)
            {
                if (content[j] is not JsonObject block)
                {
                    return Coral($"Value null at 'messages.{i + 1}.member.content.{j + 1}.member' failed to satisfy constraint: Member must not be null");
                }

                if (ValidateBlock(block, i, j, role, ref hasToolBlocks, toolResultIds, toolUseIds) is string blockError)
                {
                    return blockError;
                }
            }

            if (role == "user")
            {
                if (toolResultIds.Count > pendingToolUseIds.Count)
                {
                    return $"The number of toolResult blocks at messages.{i}.content exceeds the number of toolUse blocks of previous turn.";
                }

                var missing = pendingToolUseIds.Where(id => !toolResultIds.Contains(id)).ToList();
                if (missing.Count > 0)
                {
                    return $"Expected toolResult blocks at messages.{i}.content for the following Ids: {string.Join(", ", missing)}";
                }

                pendingToolUseIds = [];
            }
            else
            {
                pendingToolUseIds = toolUseIds;
            }
        }

        if (hasToolBlocks && !hasToolConfig)
        {
            return "The toolConfig field must be defined when using toolUse and toolResult content blocks.";
        }

        return ValidateOutputConfig(body["outputConfig"]);
    }

    private static string Coral(string detail) => "1 validation error detected: " + detail;

    private static string? ValidateInferenceConfig(JsonNode? node)
    {
        if (node is not JsonObject config)
        {
            return null;
        }

        if (config["maxTokens"] is JsonNode maxNode && (JsonRead.Int(maxNode) is not int max || max < 1))
        {
            return Coral($"Value '{maxNode.ToJsonString()}' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }

        if (config["temperature"] is JsonNode tNode && JsonRead.Double(tNode) is double t && (t < 0 || t > 1))
        {
            return Coral($"Value '{t.ToString(CultureInfo.InvariantCulture)}' at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1");
        }

        if (config["topP"] is JsonNode pNode && JsonRead.Double(pNode) is double p && (p < 0 || p > 1))
        {
            return Coral($"Value '{p.ToString(CultureInfo.InvariantCulture)}' at 'inferenceConfig.topP' failed to satisfy constraint: Member must have value less than or equal to 1");
        }

        if (config["stopSequences"] is JsonArray stops && stops.Count > 2500)
        {
            return Coral("Value at 'inferenceConfig.stopSequences' failed to satisfy constraint: Member must have length less than or equal to 2500");
        }

        return null;
    }

    private static string? ValidateSystem(JsonNode? node)
    {
        var blocks = JsonRead.Array(node);
        for (int k = 0; k < blocks.Count; k++)
        {
            if (blocks[k] is JsonObject block && block.ContainsKey("text") && string.IsNullOrWhiteSpace(JsonRead.String(block["text"])))
            {
                return $"The text field in the SystemContentBlock object at system.{k} is blank. Add text to the text field, and try again.";
            }
        }

        return null;
    }

    private static string? ValidateToolConfig(JsonNode? node)
    {
        if (node is not JsonObject config)
        {
            return null;
        }

        if (config["tools"] is not JsonArray tools || tools.Count == 0)
        {
            return Coral("Value '[]' at 'toolConfig.tools' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 0; t < tools.Count; t++)
        {
            if (tools[t] is not JsonObject tool || tool["cachePoint"] is not null)
            {
                continue;
            }

            if (tool["toolSpec"] is JsonObject spec)
            {
                string? name = JsonRead.String(spec["name"]);
                if (string.IsNullOrEmpty(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                {
                    return Coral($"Value '{name}' at 'toolConfig.tools.{t + 1}.member.toolSpec.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+");
                }

                if (!names.Add(name))
                {
                    return $"The toolConfig field contains duplicate tool names: {name}. Tool names must be unique.";
                }

                if (spec["inputSchema"] is not JsonObject schema || schema["json"] is not JsonObject)
                {
                    return $"The inputSchema of tool {name} at toolConfig.tools.{t} must contain a json schema object.";
                }
            }
        }

        if (config["toolChoice"] is JsonObject choice && choice["tool"] is JsonObject specific)
        {
            string? chosen = JsonRead.String(specific["name"]);
            if (chosen is null || !names.Contains(chosen))
            {
                return $"The tool {chosen} specified in toolChoice is not defined in toolConfig.tools.";
            }
        }

        return null;
    }

    private string? ValidateBlock(JsonObject block, int i, int j, string role, ref bool hasToolBlocks, List<string> toolResultIds, HashSet<string> toolUseIds)
    {
        if (block.ContainsKey("text") && string.IsNullOrWhiteSpace(JsonRead.String(block["text"])))
        {
            return $"The text field in the ContentBlock object at messages.{i}.content.{j} is blank. Add text to the text field, and try again.";
        }

        if (block["image"] is JsonObject image && JsonRead.String(image["format"]) is var imageFormat && !ImageFormats.Contains(imageFormat))
        {
            return Coral($"Value '{imageFormat}' at 'messages.{i + 1}.member.content.{j + 1}.member.image.format' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", ImageFormats)}]");
        }

        if (block["document"] is JsonObject document)
        {
            string? format = JsonRead.String(document["format"]);
            if (format is not null && !DocumentFormats.Contains(format))
            {
                return Coral($"Value '{format}' at 'messages.{i + 1}.member.content.{j + 1}.member.document.format' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", DocumentFormats)}]");
            }

            if (string.IsNullOrWhiteSpace(JsonRead.String(document["name"])))
            {
                return Coral($"Value null at 'messages.{i + 1}.member.content.{j + 1}.member.document.name' failed to satisfy constraint: Member must not be null");
            }
        }

        if (block["video"] is JsonObject video && JsonRead.String(video["format"]) is var videoFormat && !VideoFormats.Contains(videoFormat))
        {
            return Coral($"Value '{videoFormat}' at 'messages.{i + 1}.member.content.{j + 1}.member.video.format' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", VideoFormats)}]");
        }

        if (block["toolUse"] is JsonObject toolUse)
        {
            hasToolBlocks = true;
            if (role != "assistant")
            {
                return $"The toolUse block at messages.{i}.content.{j} is only allowed in assistant messages.";
            }

            toolUseIds.Add(JsonRead.String(toolUse["toolUseId"]) ?? string.Empty);
        }

        if (block["toolResult"] is JsonObject toolResult)
        {
            hasToolBlocks = true;
            if (role != "user")
            {
                return $"The toolResult block at messages.{i}.content.{j} is only allowed in user messages.";
            }

            toolResultIds.Add(JsonRead.String(toolResult["toolUseId"]) ?? string.Empty);
        }

        if (block["reasoningContent"] is JsonObject reasoning && reasoning["reasoningText"] is JsonObject reasoningText)
        {
            string text = JsonRead.String(reasoningText["text"]) ?? string.Empty;
            string? signature = JsonRead.String(reasoningText["signature"]);
            if (signature is not null && !_signer.IsValid(text, signature))
            {
                return $"The model returned the following errors: messages.{i}.content.{j}: Invalid `signature` in `thinking` block";
            }
        }

        return null;
    }

    private static string? ValidateOutputConfig(JsonNode? node)
    {
        if (node is not JsonObject config || config["textFormat"] is not JsonObject format)
        {
            return null;
        }

        if (JsonRead.String(format["type"]) != "json_schema")
        {
            return Coral($"Value '{JsonRead.String(format["type"])}' at 'outputConfig.textFormat.type' failed to satisfy constraint: Member must satisfy enum value set: [json_schema]");
        }

        string? schema = JsonRead.String(format["structure"]?["jsonSchema"]?["schema"]);
        if (schema is null)
        {
            return Coral("Value null at 'outputConfig.textFormat.structure.jsonSchema.schema' failed to satisfy constraint: Member must not be null");
        }

        try
        {
            if (JsonNode.Parse(schema) is not JsonObject)
            {
                return "The JSON schema in outputConfig.textFormat is invalid: it must be a JSON object.";
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return "The JSON schema in outputConfig.textFormat is invalid: it is not valid JSON.";
        }

        return null;
    }
}
