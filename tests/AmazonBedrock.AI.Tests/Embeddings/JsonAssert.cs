using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Tests.Embeddings;

/// <summary>Compares JSON by value (member order ignored), with a readable failure.</summary>
public static class JsonAssert
{
    public static void Equal(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"Expected:\n{e?.ToJsonString()}\nActual:\n{a?.ToJsonString()}");
    }
}
