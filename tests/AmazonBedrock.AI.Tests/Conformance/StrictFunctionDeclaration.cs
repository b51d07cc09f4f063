using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Conformance;

/// <summary>A declaration with a fixed schema marked strict, the MEAI convention this library reads.</summary>
internal sealed class StrictFunctionDeclaration(string name, string description, JsonElement schema) : AIFunctionDeclaration
{
    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => schema;

    public override IReadOnlyDictionary<string, object?> AdditionalProperties { get; } = new Dictionary<string, object?> { ["Strict"] = true };
}
