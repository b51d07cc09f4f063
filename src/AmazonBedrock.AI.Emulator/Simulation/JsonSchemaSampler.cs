using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>
/// Builds a JSON value that validates against a JSON schema (the subset Bedrock tools and structured output use: types,
/// properties, required, enum, const, items, min/max bounds, anyOf/oneOf/allOf, $ref to $defs/definitions), taking values
/// from the prompt where a property's name or type fits.
/// </summary>
internal sealed partial class JsonSchemaSampler
{
    private static readonly HashSet<string> LocationNames = new(StringComparer.OrdinalIgnoreCase) { "city", "location", "place", "country", "destination", "where", "town", "region" };
    private static readonly HashSet<string> FreeTextNames = new(StringComparer.OrdinalIgnoreCase) { "query", "text", "prompt", "question", "input", "message", "content", "topic", "search", "q", "description", "expression" };
    private readonly JsonNode? _root;
    private readonly string _prompt;
    private int _depth;

    public JsonSchemaSampler(JsonNode? rootSchema, string prompt)
    {
        _root = rootSchema;
        _prompt = prompt;
    }

    public JsonNode? Sample() => Sample(_root, propertyName: null);

    private JsonNode? Sample(JsonNode? schema, string? propertyName)
    {
        if (schema is not JsonObject obj || _depth > 8)
        {
            return schema is JsonValue b && JsonRead.Bool(b) == false ? null : new JsonObject();
        }

        _depth++;
        try
        {
            if (JsonRead.String(obj["$ref"]) is string reference)
            {
                return Sample(Resolve(reference), propertyName);
            }

            if (obj.ContainsKey("const"))
            {
                return obj["const"]?.DeepClone();
            }

            if (obj["enum"] is JsonArray choices && choices.Count > 0)
            {
                return PickEnum(choices);
            }

            foreach (string combinator in new[] { "anyOf", "oneOf" })
            {
                if (obj[combinator] is JsonArray options && options.Count > 0)
                {
                    var option = options.FirstOrDefault(o => o is JsonObject option && JsonRead.String(option["type"]) != "null") ?? options[0];
                    return Sample(option, propertyName);
                }
            }

            if (obj["allOf"] is JsonArray parts && parts.Count > 0)
            {
                var merged = new JsonObject();
                foreach (var part in parts.OfType<JsonObject>())
                {
                    if (Sample(part, propertyName) is JsonObject sampled)
                    {
                        foreach (var property in sampled.ToList())
                        {
                            sampled.Remove(property.Key);
                            merged[property.Key] = property.Value;
                        }
                    }
                }

                return merged;
            }

            string type = SchemaType(obj);
            return type switch
            {
                "object" => SampleObject(obj),
                "array" => SampleArray(obj, propertyName),
                "string" => SampleString(obj, propertyName),
                "integer" => JsonValue.Create((long)SampleNumber(obj, propertyName, integer: true)),
                "number" => JsonValue.Create(SampleNumber(obj, propertyName, integer: false)),
                "boolean" => JsonValue.Create(true),
                "null" => null,
                _ => JsonValue.Create(SampleFreeText(propertyName)),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private static string SchemaType(JsonObject schema)
    {
        if (JsonRead.String(schema["type"]) is string single)
        {
            return single;
        }

        if (schema["type"] is JsonArray types)
        {
            return types.Select(JsonRead.String).FirstOrDefault(t => t is not null && t != "null") ?? "null";
        }

        return schema.ContainsKey("properties") ? "object" : schema.ContainsKey("items") ? "array" : "string";
    }

    private JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return new JsonObject();
        }

        JsonNode? node = _root;
        foreach (string segment in reference[2..].Split('/'))
        {
            node = node is JsonObject o ? o[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        }

        return node ?? new JsonObject();
    }

    private JsonNode? PickEnum(JsonArray choices)
    {
        var promptWords = TextTools.Words(_prompt).ToHashSet(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            if (JsonRead.String(choice) is string text && TextTools.Words(text).Any(promptWords.Contains))
            {
                return choice!.DeepClone();
            }
        }

        return choices[0]?.DeepClone();
    }

    private JsonObject SampleObject(JsonObject schema)
    {
        var result = new JsonObject();
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var property in properties)
            {
                result[property.Key] = Sample(property.Value, property.Key);
            }
        }

        return result;
    }

    private JsonArray SampleArray(JsonObject schema, string? propertyName)
    {
        int min = JsonRead.Int(schema["minItems"]) ?? 1;
        int max = JsonRead.Int(schema["maxItems"]) ?? Math.Max(min, 1);
        int count = Math.Clamp(Math.Max(min, 1), 0, Math.Max(max, 0));
        var array = new JsonArray();
        bool unique = JsonRead.Bool(schema["uniqueItems"]) == true;
        for (int i = 0; i < count; i++)
        {
            var item = Sample(schema["items"], propertyName);
            if (unique && item is JsonValue value && JsonRead.String(value) is string text && i > 0)
            {
                item = JsonValue.Create(text + " " + (i + 1).ToString(CultureInfo.InvariantCulture));
            }
            else if (unique && item is JsonValue number && JsonRead.Double(number) is double d && i > 0)
            {
                item = JsonValue.Create(d + i);
            }

            array.Add(item);
        }

        return array;
    }

    private JsonValue SampleString(JsonObject schema, string? propertyName)
    {
        string value = JsonRead.String(schema["format"]) switch
        {
            "date" => "2025-01-15",
            "date-time" => "2025-01-15T09:30:00Z",
            "time" => "09:30:00",
            "email" => "user@example.com",
            "uri" or "url" => "https://example.com/",
            "uuid" => "3f2b8c1e-7a4d-4e5f-9b6a-1c2d3e4f5a6b",
            "ipv4" => "192.0.2.1",
            _ => SampleFreeText(propertyName),
        };

        int minLength = JsonRead.Int(schema["minLength"]) ?? 0;
        int? maxLength = JsonRead.Int(schema["maxLength"]);
        if (value.Length < minLength)
        {
            value = value.PadRight(minLength, 'x');
        }

        if (maxLength is int max && value.Length > max)
        {
            value = value[..max];
        }

        return JsonValue.Create(value);
    }

    private string SampleFreeText(string? propertyName)
    {
        string prompt = _prompt.Trim();
        if (propertyName is null)
        {
            return prompt.Length > 0 ? prompt : "example";
        }

        var named = Regex.Match(prompt, @"\b" + Regex.Escape(propertyName) + @"\s*(?:is|=|:)\s*""?([^"",.;!?\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (named.Success)
        {
            return named.Groups[1].Value.Trim();
        }

        var nameWords = TextTools.IdentifierWords(propertyName);
        if (nameWords.Any(LocationNames.Contains))
        {
            var capitalized = CapitalizedWords().Matches(prompt).Select(m => m.Value).Skip(1).FirstOrDefault()
                ?? CapitalizedWords().Matches(prompt).Select(m => m.Value).FirstOrDefault();
            if (capitalized is not null)
            {
                return capitalized;
            }
        }

        if (nameWords.Any(FreeTextNames.Contains) && prompt.Length > 0)
        {
            return prompt;
        }

        if (nameWords.Contains("name") || nameWords.Contains("title"))
        {
            var capitalized = CapitalizedWords().Matches(prompt).Select(m => m.Value).Skip(1).FirstOrDefault();
            if (capitalized is not null)
            {
                return capitalized;
            }
        }

        return "example " + string.Join(' ', nameWords);
    }

    private double SampleNumber(JsonObject schema, string? propertyName, bool integer)
    {
        double? minimum = JsonRead.Double(schema["minimum"]);
        double? maximum = JsonRead.Double(schema["maximum"]);
        if (JsonRead.Double(schema["exclusiveMinimum"]) is double exclusiveMin)
        {
            minimum = integer ? Math.Floor(exclusiveMin) + 1 : exclusiveMin + 0.5;
        }

        if (JsonRead.Double(schema["exclusiveMaximum"]) is double exclusiveMax)
        {
            maximum = integer ? Math.Ceiling(exclusiveMax) - 1 : exclusiveMax - 0.5;
        }

        double value = 1;
        var numbers = Numbers().Matches(_prompt).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        if (numbers.Count > 0)
        {
            int index = propertyName is null ? 0 : (int)(TextTools.StableHash(propertyName) % (ulong)numbers.Count);
            value = numbers.Count == 1 ? numbers[0] : numbers[index];
        }

        if (integer)
        {
            value = Math.Round(value);
        }

        if (minimum is double min && value < min)
        {
            value = integer ? Math.Ceiling(min) : min;
        }

        if (maximum is double max && value > max)
        {
            value = integer ? Math.Floor(max) : max;
        }

        return value;
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedWords();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
