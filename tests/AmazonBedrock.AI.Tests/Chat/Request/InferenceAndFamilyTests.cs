using System.Text.Json.Nodes;
using AmazonBedrock.AI.Chat.Models;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class InferenceAndFamilyTests
{
    [Theory]
    [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0", """{"top_k":7}""")]
    [InlineData("mistral.mistral-large-2407-v1:0", """{"top_k":7}""")]
    [InlineData("amazon.nova-pro-v1:0", """{"inferenceConfig":{"topK":7}}""")]
    [InlineData("cohere.command-r-plus-v1:0", """{"k":7}""")]
    public void Top_k_goes_to_the_family_field(string modelId, string expected)
    {
        var body = Body([User("q")], new ChatOptions { TopK = 7 }, modelId);
        Equal(expected, body["additionalModelRequestFields"]);
        Assert.Null(body["inferenceConfig"]);
    }

    [Fact]
    public void Top_k_on_a_family_without_it_warns()
    {
        var plan = Build([User("q")], new ChatOptions { TopK = 7 }, "meta.llama3-70b-instruct-v1:0");
        Assert.Null(Body(plan)["additionalModelRequestFields"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "TopK");
    }

    [Fact]
    public void Seed_and_penalties_warn()
    {
        var plan = Build([User("q")], new ChatOptions { Seed = 1, FrequencyPenalty = 0.1f, PresencePenalty = 0.2f }, "amazon.nova-pro-v1:0");
        Assert.Equal(["Seed", "FrequencyPenalty", "PresencePenalty"], plan.Warnings.Select(w => w.Setting));
    }

    [Fact]
    public void Temperature_is_clamped_with_a_warning()
    {
        var plan = Build([User("q")], new ChatOptions { Temperature = 1.7f }, "amazon.nova-pro-v1:0");
        Equal("""{"temperature":1}""", Body(plan)["inferenceConfig"]);
        Assert.Contains(plan.Warnings, w => w.Code == BedrockWarning.AdjustedSetting);
    }

    [Fact]
    public void Models_that_reject_sampling_get_none()
    {
        var plan = Build([User("q")], new ChatOptions { Temperature = 0.2f, TopP = 0.5f, MaxOutputTokens = 10 }, "anthropic.claude-opus-4-7");
        Equal("""{"maxTokens":10}""", Body(plan)["inferenceConfig"]);
        Assert.Equal(2, plan.Warnings.Count);
    }

    [Fact]
    public void Gpt_oss_drops_stop_sequences()
    {
        var plan = Build([User("q")], new ChatOptions { StopSequences = ["x"] }, "openai.gpt-oss-20b-1:0");
        Assert.Null(Body(plan)["inferenceConfig"]);
        Assert.Contains(plan.Warnings, w => w.Setting == "StopSequences");
    }

    [Fact]
    public void Max_output_tokens_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Build([User("q")], new ChatOptions { MaxOutputTokens = 0 }));
    }

    [Theory]
    [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0", BedrockModelFamily.Anthropic)]
    [InlineData("us.anthropic.claude-sonnet-4-20250514-v1:0", BedrockModelFamily.Anthropic)]
    [InlineData("global.anthropic.claude-opus-4-6-v1", BedrockModelFamily.Anthropic)]
    [InlineData("us-gov.anthropic.claude-3-haiku-20240307-v1:0", BedrockModelFamily.Anthropic)]
    [InlineData("apac.amazon.nova-lite-v1:0", BedrockModelFamily.AmazonNova)]
    [InlineData("amazon.titan-text-express-v1", BedrockModelFamily.AmazonTitan)]
    [InlineData("eu.meta.llama3-2-3b-instruct-v1:0", BedrockModelFamily.MetaLlama)]
    [InlineData("mistral.mixtral-8x7b-instruct-v0:1", BedrockModelFamily.Mistral)]
    [InlineData("cohere.command-r-v1:0", BedrockModelFamily.Cohere)]
    [InlineData("us.deepseek.r1-v1:0", BedrockModelFamily.DeepSeek)]
    [InlineData("openai.gpt-oss-120b-1:0", BedrockModelFamily.OpenAI)]
    [InlineData("ai21.jamba-1-5-large-v1:0", BedrockModelFamily.AI21)]
    [InlineData("us.writer.palmyra-x5-v1:0", BedrockModelFamily.Writer)]
    [InlineData("qwen.qwen3-32b-v1:0", BedrockModelFamily.Qwen)]
    [InlineData("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0", BedrockModelFamily.Anthropic)]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-1-8b-instruct-v1:0", BedrockModelFamily.MetaLlama)]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123", BedrockModelFamily.Unknown)]
    [InlineData("something-else", BedrockModelFamily.Unknown)]
    public void Family_detection(string modelId, BedrockModelFamily expected) =>
        Assert.Equal(expected, BedrockModelFamilyDetector.Detect(modelId));

    [Fact]
    public void Explicit_family_wins_for_hidden_ids()
    {
        var arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123";
        var plan = Build([User("q")], new ChatOptions { TopK = 3 }, arn, new BedrockChatClientSettings { Family = BedrockModelFamily.Anthropic });
        Assert.Equal(BedrockModelFamily.Anthropic, plan.Family);
        Equal("""{"top_k":3}""", Body(plan)["additionalModelRequestFields"]);
    }

    [Fact]
    public void Capabilities_are_one_instance_per_family()
    {
        Assert.Same(BedrockFamilyCapabilities.For(BedrockModelFamily.Anthropic), BedrockFamilyCapabilities.For(BedrockModelFamily.Anthropic));
        Assert.Same(BedrockModelProfile.For("amazon.nova-pro-v1:0", null), BedrockModelProfile.For("amazon.nova-pro-v1:0", null));
        Assert.False(BedrockFamilyCapabilities.For(BedrockModelFamily.AmazonTitan).SupportsTools);
    }

    [Fact]
    public void Clone_keeps_every_bedrock_field()
    {
        var original = new BedrockChatOptions
        {
            Temperature = 0.3f,
            AdditionalModelRequestFields = new JsonObject { ["a"] = 1 },
            AdditionalModelResponseFieldPaths = ["/x"],
            ReasoningConfig = new() { Type = BedrockReasoningType.Adaptive, BudgetTokens = 2048, MaxReasoningEffort = BedrockReasoningEffort.High, Display = BedrockThinkingDisplay.Omitted },
            GuardrailConfig = new() { GuardrailIdentifier = "g", GuardrailVersion = "1", Trace = BedrockGuardrailTrace.Enabled, StreamProcessingMode = BedrockGuardrailStreamProcessingMode.Sync },
            Latency = BedrockLatency.Optimized,
            ServiceTier = BedrockServiceTier.Priority,
            RequestMetadata = new Dictionary<string, string> { ["k"] = "v" },
            PromptVariables = new Dictionary<string, string> { ["p"] = "q" },
            StructuredOutputMode = BedrockStructuredOutputMode.JsonTool,
            AnthropicBeta = ["b"],
            DisableParallelToolUse = true,
            InstructionsCachePoint = BedrockCacheTtl.OneHour,
            ToolsCachePoint = BedrockCacheTtl.FiveMinutes,
        };
        var clone = Assert.IsType<BedrockChatOptions>(original.Clone());
        original.AdditionalModelRequestFields["a"] = 2;
        original.AdditionalModelResponseFieldPaths.Add("/y");
        original.ReasoningConfig.BudgetTokens = 1;
        original.GuardrailConfig.GuardrailVersion = "2";
        original.RequestMetadata["k"] = "changed";
        original.AnthropicBeta.Add("c");

        Assert.Equal(0.3f, clone.Temperature);
        Equal("""{"a":1}""", clone.AdditionalModelRequestFields);
        Assert.Equal(["/x"], clone.AdditionalModelResponseFieldPaths!);
        Assert.Equal((BedrockReasoningType.Adaptive, 2048, BedrockReasoningEffort.High, BedrockThinkingDisplay.Omitted),
            (clone.ReasoningConfig!.Type!.Value, clone.ReasoningConfig.BudgetTokens!.Value, clone.ReasoningConfig.MaxReasoningEffort!.Value, clone.ReasoningConfig.Display!.Value));
        Assert.Equal(("g", "1", BedrockGuardrailTrace.Enabled, BedrockGuardrailStreamProcessingMode.Sync),
            (clone.GuardrailConfig!.GuardrailIdentifier, clone.GuardrailConfig.GuardrailVersion, clone.GuardrailConfig.Trace!.Value, clone.GuardrailConfig.StreamProcessingMode!.Value));
        Assert.Equal(BedrockLatency.Optimized, clone.Latency);
        Assert.Equal(BedrockServiceTier.Priority, clone.ServiceTier);
        Assert.Equal("v", clone.RequestMetadata!["k"]);
        Assert.Equal("q", clone.PromptVariables!["p"]);
        Assert.Equal(BedrockStructuredOutputMode.JsonTool, clone.StructuredOutputMode);
        Assert.Equal(["b"], clone.AnthropicBeta!);
        Assert.True(clone.DisableParallelToolUse);
        Assert.Equal(BedrockCacheTtl.OneHour, clone.InstructionsCachePoint);
        Assert.Equal(BedrockCacheTtl.FiveMinutes, clone.ToolsCachePoint);
    }
}
