using System.Text.Json;
using AmazonBedrock.AI.Cli.Parsing;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Cli.Commands;

/// <summary>Reads <c>--json-schema</c>: inline JSON when it starts with <c>{</c>, otherwise a file.</summary>
internal static class JsonSchemaArgument
{
    /// <summary>The response format asking for JSON valid against the schema.</summary>
    public static async Task<ChatResponseFormatJson> LoadAsync(string value, string currentDirectory, CancellationToken cancellationToken)
    {
        string trimmed = value.TrimStart();
        string json;
        string source;
        if (trimmed.StartsWith('{'))
        {
            json = trimmed;
            source = "--json-schema";
        }
        else
        {
            string path = Path.GetFullPath(value, currentDirectory);
            if (!File.Exists(path))
            {
                throw new UsageException($"--json-schema '{value}' is neither inline JSON nor an existing file");
            }

            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            source = $"--json-schema file '{value}'";
        }

        JsonElement schema;
        try
        {
            using var document = JsonDocument.Parse(json);
            schema = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{source} must be a JSON object (a JSON schema)");
        }

        string name = schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } t
            ? t
            : "response";
        string? description = schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        return ChatResponseFormat.ForJsonSchema(schema, name, description);
    }
}
