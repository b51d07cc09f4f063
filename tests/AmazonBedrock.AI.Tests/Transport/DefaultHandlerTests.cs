using AmazonBedrock.AI.Emulator;
using AmazonBedrock.AI.Tests.Chat.Integration;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Transport;

/// <summary>The provider's own HTTP handler, over a real socket to the emulator.</summary>
public sealed class DefaultHandlerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string ModelId = "amazon.nova-lite-v1:0";

    [Fact]
    public async Task A_redirect_is_an_error_and_is_not_followed()
    {
        fixture.Emulator.ClearRequests();
        fixture.Emulator.Enqueue(ScriptedResponse.Json("{}", 307, new Dictionary<string, string> { ["Location"] = "/model/elsewhere/converse" }));
        using var provider = fixture.CreateProvider(o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAnyAsync<BedrockException>(() => provider.GetChatClient(ModelId).GetResponseAsync("Hi"));
        Assert.Equal(307, error.StatusCode);
        Assert.Single(fixture.Emulator.Requests);
    }

    [Fact]
    public async Task Cookies_are_neither_kept_nor_sent()
    {
        fixture.Emulator.ClearRequests();
        fixture.Emulator.Enqueue(ScriptedResponse.Json(
            """{"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn","usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2}}""",
            headers: new Dictionary<string, string> { ["Set-Cookie"] = "session=abc; Path=/" }));
        using var provider = fixture.CreateProvider();
        var chat = provider.GetChatClient(ModelId);

        await chat.GetResponseAsync("first");
        await chat.GetResponseAsync("second");

        Assert.Equal(2, fixture.Emulator.Requests.Count);
        Assert.DoesNotContain("Cookie", fixture.Emulator.Requests[1].Headers.Keys, StringComparer.OrdinalIgnoreCase);
    }
}
