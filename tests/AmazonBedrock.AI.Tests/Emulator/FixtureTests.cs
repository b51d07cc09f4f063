using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>The documented way to share one emulator across a test class with xunit 2.</summary>
public sealed class SharedEmulator : BedrockEmulatorFixture, IAsyncLifetime;

public sealed class FixtureTests(SharedEmulator fixture) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task Class_fixture_serves_requests_and_resets()
    {
        fixture.Reset();
        fixture.Emulator.Enqueue(ScriptedResponse.Json("{\"ok\":true}"));
        var json = await EmulatorHttp.PostJsonAsync(fixture.Emulator, EmulatorHttp.ModelPath("amazon.nova-micro-v1:0", "converse"), EmulatorHttp.Converse("hi"));

        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.Equal("127.0.0.1", fixture.BaseUri.Host);
        Assert.Single(fixture.Emulator.Requests);
        fixture.Reset();
        Assert.Empty(fixture.Emulator.Requests);
    }
}
