using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

/// <summary>The raw body bytes where escaping matters (the JSON comparisons elsewhere normalise escaping away).</summary>
public class RawBodyBytesTests
{
    private const string Nova = "amazon.nova-pro-v1:0";

    private static readonly AIFunctionDeclaration Tool =
        AIFunctionFactory.CreateDeclaration("book", "Books", JsonDocument.Parse("""{"type":"object","properties":{}}""").RootElement);

    // Some converters write values unescaped; the body has always escaped them as a parsed element writes them.
    [Fact]
    public void Arguments_are_escaped_as_written_from_a_parsed_element()
    {
        var arguments = new Dictionary<string, object?>
        {
            ["when"] = new DateTimeOffset(2026, 5, 1, 18, 30, 0, TimeSpan.FromHours(2)),
            ["note"] = "<a & b>",
            ["seats"] = 2,
        };
        ChatMessage[] messages =
        [
            User("book it"),
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "book", arguments)]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", "done")]),
        ];

        var withTools = Encoding.UTF8.GetString(Build(messages, new ChatOptions { Tools = [Tool] }, Nova).Body);
        Assert.Contains("""
            "input":{"when":"2026-05-01T18:30:00\u002B02:00","note":"\u003Ca \u0026 b\u003E","seats":2}
            """, withTools, StringComparison.Ordinal);

        // Without tools the call is rendered as text, its JSON escaped once more as part of that text.
        var asText = Encoding.UTF8.GetString(Build(messages, null, Nova).Body);
        Assert.Contains("""
            with input: {\u0022when\u0022:\u00222026-05-01T18:30:00\\u002B02:00\u0022,\u0022note\u0022:\u0022\\u003Ca \\u0026 b\\u003E\u0022,\u0022seats\u0022:2}]
            """, asText, StringComparison.Ordinal);
    }

    // The first call normalises the schema, later calls reuse the cached text: both must write the same bytes.
    [Fact]
    public void Tool_schemas_are_written_the_same_from_the_cache()
    {
        var tool = AIFunctionFactory.CreateDeclaration("find", "Finds", JsonDocument.Parse(
            """{"type":"object","properties":{"q":{"type":"string","description":"caf\u00e9 <b> \"x\" + 1","default":1.50}}}""").RootElement);
        var options = new ChatOptions { Tools = [tool] };

        var first = Encoding.UTF8.GetString(Build([User("hi")], options, Nova).Body);
        var second = Encoding.UTF8.GetString(Build([User("hi")], options, Nova).Body);

        Assert.Equal(first, second);
        Assert.Contains("""
            "inputSchema":{"json":{"type":"object","properties":{"q":{"type":"string","description":"caf\u00E9 \u003Cb\u003E \u0022x\u0022 \u002B 1","default":1.50}}}}
            """, first, StringComparison.Ordinal);
    }
}
