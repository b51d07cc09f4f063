using System.Globalization;
using System.Text.Json;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Images;

/// <summary>The images and seeds of one InvokeModel call.</summary>
internal sealed record ImageCallResult(byte[][] Images, long[] Seeds);

/// <summary>Reads Canvas/Titan (<c>images</c>, <c>error</c>, <c>status</c>) and Stability (<c>images</c>, <c>seeds</c>, <c>finish_reasons</c>) responses.</summary>
internal static class ImageResponseReader
{
    private const string Operation = "InvokeModel";

    public static ImageCallResult Read(BedrockImageFamily family, byte[] body, string? requestId)
    {
        using var document = BodyJson.Parse(body, Operation, requestId);
        var root = document.RootElement;
        if (ImageFamilies.IsStability(family))
        {
            CheckFinishReasons(root, requestId);
        }
        else
        {
            CheckModeration(root, requestId);
        }

        var images = new List<byte[]>();
        if (root.TryGetProperty("images"u8, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !item.TryGetBytesFromBase64(out var bytes))
                {
                    throw BodyJson.Malformed(Operation, "an image is not base64", requestId);
                }

                images.Add(bytes);
            }
        }

        if (images.Count == 0)
        {
            var status = root.GetStringOrNull("status"u8);
            throw new BedrockContentFilteredException(
                $"Amazon Bedrock returned no images{(status is null ? "." : $". Status: {status}.")}",
                status is null ? [] : [status],
                requestId);
        }

        return new ImageCallResult([.. images], Seeds(root));
    }

    private static void CheckModeration(JsonElement root, string? requestId)
    {
        if (root.TryGetProperty("status"u8, out var status) && status.ValueKind == JsonValueKind.String
            && status.GetString()!.Contains("Moderated", StringComparison.OrdinalIgnoreCase))
        {
            var reasons = new List<string>();
            if (root.TryGetProperty("details"u8, out var details) && details.ValueKind == JsonValueKind.Object
                && details.TryGetProperty("Moderation Reasons"u8, out var moderation))
            {
                AddStrings(moderation, reasons);
            }

            throw new BedrockContentFilteredException(
                $"Amazon Bedrock moderated the request ({status.GetString()}): {(reasons.Count == 0 ? "no reason given" : string.Join("; ", reasons))}.",
                reasons,
                requestId);
        }

        if (root.TryGetProperty("error"u8, out var error) && error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 } text)
        {
            throw new BedrockContentFilteredException($"Amazon Bedrock did not generate the image: {text}", [text], requestId);
        }
    }

    private static void CheckFinishReasons(JsonElement root, string? requestId)
    {
        if (!root.TryGetProperty("finish_reasons"u8, out var reasons) || reasons.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var given = new List<string>();
        AddStrings(reasons, given);
        if (given.Count == 0)
        {
            return;
        }

        if (given.TrueForAll(r => r.StartsWith("Filter reason", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BedrockContentFilteredException($"Amazon Bedrock filtered the request: {string.Join("; ", given)}.", given, requestId);
        }

        throw new BedrockModelErrorException($"The model failed: {string.Join("; ", given)}.", "ModelErrorException", statusCode: 200, requestId);
    }

    private static long[] Seeds(JsonElement root)
    {
        if (!root.TryGetProperty("seeds"u8, out var seeds) || seeds.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<long>();
        foreach (var seed in seeds.EnumerateArray())
        {
            if (seed.ValueKind == JsonValueKind.Number && seed.TryGetInt64(out var number))
            {
                result.Add(number);
            }
            else if (seed.ValueKind == JsonValueKind.String && long.TryParse(seed.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                result.Add(parsed);
            }
        }

        return [.. result];
    }

    private static void AddStrings(JsonElement value, List<string> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(value.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        into.Add(item.GetString()!);
                    }
                }

                break;
        }
    }
}
