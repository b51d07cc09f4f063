using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>One request the AI SDK's Bedrock provider sent, captured by tools/aisdk-wire.</summary>
internal sealed record AiSdkGolden(string Case, string ModelId, string Operation, string Path, JsonObject Body)
{
    public bool Streaming => Operation == "converse-stream";

    public static AiSdkGolden Load(string caseName)
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "aisdk-wire", caseName + ".json");
        var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        return new AiSdkGolden(
            (string)root["case"]!,
            (string)root["modelId"]!,
            (string)root["operation"]!,
            (string)root["path"]!,
            root["body"]!.AsObject());
    }
}
