using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class EnvelopeTests
{
    [Fact]
    public void Minimal_request_has_empty_system_and_one_user_message()
    {
        var body = Body([User("Hello")], modelId: "meta.llama3-70b-instruct-v1:0");
        Equal("""{"system":[],"messages":[{"role":"user","content":[{"text":"Hello"}]}]}""", body);
    }

    [Fact]
    public void Anthropic_asks_for_the_stop_sequence_field()
    {
        var body = Body([User("Hi")]);
        Equal("""{"system":[],"messages":[{"role":"user","content":[{"text":"Hi"}]}],"additionalModelResponseFieldPaths":["/delta/stop_sequence"]}""", body);
    }

    [Fact]
    public void Keys_follow_the_AI_SDK_order_with_every_option_set()
    {
        var options = new BedrockChatOptions
        {
            MaxOutputTokens = 100,
            Temperature = 0.5f,
            TopP = 0.9f,
            StopSequences = ["END"],
            ServiceTier = BedrockServiceTier.Flex,
            GuardrailConfig = new BedrockGuardrailConfig { GuardrailIdentifier = "gr1", GuardrailVersion = "1", Trace = BedrockGuardrailTrace.EnabledFull },
            Latency = BedrockLatency.Optimized,
            RequestMetadata = new Dictionary<string, string> { ["team"] = "a" },
            PromptVariables = new Dictionary<string, string> { ["topic"] = "cats" },
            AdditionalModelRequestFields = new() { ["custom"] = 1 },
            AdditionalModelResponseFieldPaths = ["/stop_reason"],
            Tools = [AIFunctionFactory.Create(() => "x", "get_x")],
        };
        var body = Body([User("Hi")], options);
        Equal("""
        {"system":[],"messages":[{"role":"user","content":[{"text":"Hi"}]}],
         "additionalModelRequestFields":{"custom":1},
         "additionalModelResponseFieldPaths":["/delta/stop_sequence","/stop_reason"],
         "inferenceConfig":{"maxTokens":100,"temperature":0.5,"topP":0.9,"stopSequences":["END"]},
         "serviceTier":{"type":"flex"},
         "guardrailConfig":{"guardrailIdentifier":"gr1","guardrailVersion":"1","trace":"enabled_full"},
         "performanceConfig":{"latency":"optimized"},
         "requestMetadata":{"team":"a"},
         "promptVariables":{"topic":{"text":"cats"}},
         "toolConfig":{"tools":[{"toolSpec":{"name":"get_x","inputSchema":{"json":{"type":"object","properties":{}}}}}],"toolChoice":{"auto":{}}}}
        """, body);
    }

    [Fact]
    public void Stream_processing_mode_is_sent_only_when_streaming()
    {
        var options = new BedrockChatOptions
        {
            GuardrailConfig = new() { GuardrailIdentifier = "gr1", GuardrailVersion = "DRAFT", StreamProcessingMode = BedrockGuardrailStreamProcessingMode.Async },
        };
        var streamed = Body([User("Hi")], options, modelId: "amazon.nova-pro-v1:0", streaming: true);
        Equal("""{"guardrailIdentifier":"gr1","guardrailVersion":"DRAFT","streamProcessingMode":"async"}""", streamed["guardrailConfig"]);

        var plan = Build([User("Hi")], options, modelId: "amazon.nova-pro-v1:0");
        Equal("""{"guardrailIdentifier":"gr1","guardrailVersion":"DRAFT"}""", Body(plan)["guardrailConfig"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "GuardrailConfig.StreamProcessingMode");
    }

    [Fact]
    public void Unknown_additional_properties_are_never_forwarded()
    {
        var options = new ChatOptions { AdditionalProperties = new() { ["guardrailConfig"] = "x", ["typo"] = 1 } };
        var plan = Build([User("Hi")], options, modelId: "meta.llama3-70b-instruct-v1:0");
        Equal("""{"system":[],"messages":[{"role":"user","content":[{"text":"Hi"}]}]}""", Body(plan));
        Assert.Contains(plan.Warnings, w => w.Setting == "AdditionalProperties" && w.Message.Contains("typo", StringComparison.Ordinal));
    }
}
