using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// The top-level members of a Converse response, which are also those of the stream's <c>messageStop</c> and
/// <c>metadata</c> events, found in one pass over the object. Looking each up by name would scan the whole object once per
/// member, absent ones included; that was the largest part of mapping a small response. Members of the wrong kind count as
/// absent (<see cref="JsonValueKind.Undefined"/>); for duplicated names the last one wins, as with
/// <see cref="JsonElement.TryGetProperty(ReadOnlySpan{byte}, out JsonElement)"/>.
/// </summary>
internal readonly struct ConverseMembers
{
    public JsonElement Output { get; private init; }

    public JsonElement StopReason { get; private init; }

    public JsonElement AdditionalModelResponseFields { get; private init; }

    public JsonElement Usage { get; private init; }

    public JsonElement Metrics { get; private init; }

    public JsonElement Trace { get; private init; }

    public JsonElement PerformanceConfig { get; private init; }

    public JsonElement ServiceTier { get; private init; }

    public static ConverseMembers Read(JsonElement source)
    {
        if (source.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        JsonElement output = default, stopReason = default, fields = default, usage = default, metrics = default, trace = default, performance = default, tier = default;
        foreach (var property in source.EnumerateObject())
        {
            var name = NameOf(property);
            var value = property.Value;
            if (name.SequenceEqual("output"u8))
            {
                output = OfKind(value, JsonValueKind.Object);
            }
            else if (name.SequenceEqual("stopReason"u8))
            {
                stopReason = OfKind(value, JsonValueKind.String);
            }
            else if (name.SequenceEqual("usage"u8))
            {
                usage = OfKind(value, JsonValueKind.Object);
            }
            else if (name.SequenceEqual("metrics"u8))
            {
                metrics = OfKind(value, JsonValueKind.Object);
            }
            else if (name.SequenceEqual("additionalModelResponseFields"u8))
            {
                // Any kind but null: the model decides its shape.
                fields = value.ValueKind == JsonValueKind.Null ? default : value;
            }
            else if (name.SequenceEqual("trace"u8))
            {
                trace = OfKind(value, JsonValueKind.Object);
            }
            else if (name.SequenceEqual("performanceConfig"u8))
            {
                performance = OfKind(value, JsonValueKind.Object);
            }
            else if (name.SequenceEqual("serviceTier"u8))
            {
                tier = OfKind(value, JsonValueKind.Object);
            }
        }

        return new ConverseMembers
        {
            Output = output,
            StopReason = stopReason,
            AdditionalModelResponseFields = fields,
            Usage = usage,
            Metrics = metrics,
            Trace = trace,
            PerformanceConfig = performance,
            ServiceTier = tier,
        };
    }

    /// <summary>A property's name as UTF-8: the bytes as they are in the body, unless the name was written with escapes.</summary>
    internal static ReadOnlySpan<byte> NameOf(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.Contains((byte)'\\') ? Encoding.UTF8.GetBytes(property.Name) : raw;
    }

    private static JsonElement OfKind(JsonElement value, JsonValueKind kind) => value.ValueKind == kind ? value : default;
}
