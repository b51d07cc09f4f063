using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Chat.Request;

/// <summary>A block kept as a JSON node: media and guard content, which are rare and mostly one large string anyway.</summary>
internal sealed class NodeBlock(JsonObject node) : RequestBlock
{
    public override void Write(Utf8JsonWriter writer) => node.WriteTo(writer);
}
