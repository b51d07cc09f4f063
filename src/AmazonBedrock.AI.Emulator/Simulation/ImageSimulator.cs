using System.Globalization;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>Simulated Nova Canvas, Titan Image Generator and Stability image models: valid PNG files of the requested size.</summary>
internal static class ImageSimulator
{
    private const int MinSide = 64;
    private const int MaxSide = 4096;

    public static bool Handles(string modelId, JsonObject body) =>
        body.ContainsKey("taskType") || modelId.Contains("canvas", StringComparison.OrdinalIgnoreCase)
        || modelId.Contains("titan-image", StringComparison.OrdinalIgnoreCase) || modelId.Contains("stability.", StringComparison.OrdinalIgnoreCase);

    public static ScriptedResponse Answer(string modelId, JsonObject body) =>
        modelId.Contains("stability.", StringComparison.OrdinalIgnoreCase) ? Stability(body) : NovaOrTitan(body);

    private static ScriptedResponse NovaOrTitan(JsonObject body)
    {
        string? taskType = JsonRead.String(body["taskType"]);
        if (taskType is null)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("taskType"));
        }

        string[] known = ["TEXT_IMAGE", "IMAGE_VARIATION", "INPAINTING", "OUTPAINTING", "BACKGROUND_REMOVAL", "COLOR_GUIDED_GENERATION", "VIRTUAL_TRY_ON"];
        if (!known.Contains(taskType))
        {
            return BedrockErrors.Validation($"Malformed input request: #/taskType: {taskType} is not a valid enum value, please reformat your input and try again.");
        }

        string paramsKey = taskType switch
        {
            "TEXT_IMAGE" => "textToImageParams",
            "IMAGE_VARIATION" => "imageVariationParams",
            "INPAINTING" => "inPaintingParams",
            "OUTPAINTING" => "outPaintingParams",
            "BACKGROUND_REMOVAL" => "backgroundRemovalParams",
            "COLOR_GUIDED_GENERATION" => "colorGuidedGenerationParams",
            _ => "virtualTryOnParams",
        };
        if (body[paramsKey] is not JsonObject parameters)
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey(paramsKey));
        }

        string prompt = JsonRead.String(parameters["text"]) ?? string.Empty;
        if (taskType == "TEXT_IMAGE" && string.IsNullOrWhiteSpace(prompt))
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("text", "#/textToImageParams"));
        }

        var config = body["imageGenerationConfig"] as JsonObject;
        int width = JsonRead.Int(config?["width"]) ?? 1024;
        int height = JsonRead.Int(config?["height"]) ?? 1024;
        int count = JsonRead.Int(config?["numberOfImages"]) ?? 1;
        long seed = JsonRead.Long(config?["seed"]) ?? 12;
        if (SizeError(width, height) is string sizeError)
        {
            return BedrockErrors.Validation(sizeError);
        }

        if (count is < 1 or > 5)
        {
            return BedrockErrors.Validation($"Malformed input request: #/imageGenerationConfig/numberOfImages: {count} is not in range [1, 5], please reformat your input and try again.");
        }

        var images = new JsonArray();
        for (int i = 0; i < count; i++)
        {
            images.Add(Convert.ToBase64String(Render(width, height, prompt + "|" + parameters.ToJsonString(), seed + i)));
        }

        return InvokeResponses.Json(new JsonObject { ["images"] = images }, TextTools.CountTokens(prompt), 0, 900 * count);
    }

    private static ScriptedResponse Stability(JsonObject body)
    {
        string? prompt = JsonRead.String(body["prompt"]) ?? JsonRead.String(body["text_prompts"]?[0]?["text"]);
        if (string.IsNullOrWhiteSpace(prompt))
        {
            return BedrockErrors.Validation(InvokeResponses.RequiredKey("prompt"));
        }

        (int width, int height) = AspectSize(JsonRead.String(body["aspect_ratio"]) ?? "1:1");
        if (JsonRead.Int(body["width"]) is int w && JsonRead.Int(body["height"]) is int h)
        {
            (width, height) = (w, h);
        }

        if (SizeError(width, height) is string sizeError)
        {
            return BedrockErrors.Validation(sizeError);
        }

        long seed = JsonRead.Long(body["seed"]) is long s && s != 0 ? s : (long)(TextTools.StableHash(prompt) % 4294967295UL);
        byte[] png = Render(width, height, prompt, seed);
        var response = new JsonObject
        {
            ["seeds"] = new JsonArray(JsonValue.Create(seed)),
            ["finish_reasons"] = new JsonArray((JsonNode?)null),
            ["images"] = new JsonArray(Convert.ToBase64String(png)),
        };
        return InvokeResponses.Json(response, TextTools.CountTokens(prompt), 0, 1500);
    }

    private static string? SizeError(int width, int height) =>
        width is < MinSide or > MaxSide || height is < MinSide or > MaxSide
            ? string.Create(CultureInfo.InvariantCulture, $"Malformed input request: image size {width}x{height} is not supported; width and height must be between {MinSide} and {MaxSide} pixels, please reformat your input and try again.")
            : null;

    private static (int Width, int Height) AspectSize(string ratio)
    {
        string[] parts = ratio.Split(':');
        if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out double a) || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out double b) || a <= 0 || b <= 0)
        {
            return (1024, 1024);
        }

        double scale = Math.Sqrt(1024.0 * 1024.0 / (a * b));
        return ((int)(Math.Round(a * scale / 64) * 64), (int)(Math.Round(b * scale / 64) * 64));
    }

    private static byte[] Render(int width, int height, string prompt, long seed)
    {
        ulong hash = TextTools.StableHash(prompt + "#" + seed.ToString(CultureInfo.InvariantCulture));
        byte r0 = (byte)hash, g0 = (byte)(hash >> 8), b0 = (byte)(hash >> 16);
        byte r1 = (byte)(hash >> 24), g1 = (byte)(hash >> 32), b1 = (byte)(hash >> 40);
        return PngEncoder.Encode(width, height, (x, y) =>
        {
            double t = (x + y) / (double)Math.Max(1, width + height - 2);
            return ((byte)(r0 + ((r1 - r0) * t)), (byte)(g0 + ((g1 - g0) * t)), (byte)(b0 + ((b1 - b0) * t)));
        });
    }
}
