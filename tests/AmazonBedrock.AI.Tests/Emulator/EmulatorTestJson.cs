using System.Text.Json.Serialization;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>Source-generated JSON for the few values the emulator tests serialize.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class EmulatorTestJson : JsonSerializerContext;
