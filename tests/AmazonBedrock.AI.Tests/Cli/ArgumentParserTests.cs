using AmazonBedrock.AI.Cli.Parsing;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Tests.Cli;

public class ArgumentParserTests
{
    [Fact]
    public void A_bare_prompt_is_a_prompt_command()
    {
        var command = ArgumentParser.Parse(["Write a haiku"]);
        Assert.Equal(CommandKind.Prompt, command.Kind);
        Assert.Equal("Write a haiku", command.Text);
        Assert.Null(command.Model);
    }

    [Fact]
    public void Several_words_are_joined_into_one_prompt()
    {
        Assert.Equal("tell me a joke", ArgumentParser.Parse(["tell", "me", "a", "joke"]).Text);
    }

    [Fact]
    public void Every_flag_is_read_in_both_spellings()
    {
        var command = ArgumentParser.Parse(
        [
            "--model", "anthropic.claude-3-haiku-20240307-v1:0", "-s", "Be brief.", "--file", "a.png", "-f", "b.pdf",
            "--json-schema={\"type\":\"object\"}", "--max-tokens", "200", "--temperature=0.25", "--reasoning", "HIGH",
            "--region", "eu-west-1", "--profile", "work", "--verbose", "hi",
        ]);

        Assert.Equal("anthropic.claude-3-haiku-20240307-v1:0", command.Model);
        Assert.Equal("Be brief.", command.System);
        Assert.Equal(["a.png", "b.pdf"], command.Files);
        Assert.Equal("{\"type\":\"object\"}", command.JsonSchema);
        Assert.Equal(200, command.MaxTokens);
        Assert.Equal(0.25f, command.Temperature);
        Assert.Equal(ReasoningEffort.High, command.Reasoning);
        Assert.Equal("eu-west-1", command.Region);
        Assert.Equal("work", command.Profile);
        Assert.True(command.Verbose);
        Assert.Equal("hi", command.Text);
    }

    [Fact]
    public void Sub_commands_are_recognised_only_in_first_position()
    {
        Assert.Equal(CommandKind.Chat, ArgumentParser.Parse(["chat", "--emulator"]).Kind);
        Assert.Equal(CommandKind.Embed, ArgumentParser.Parse(["embed", "x"]).Kind);
        Assert.Equal(CommandKind.Image, ArgumentParser.Parse(["image", "a cat", "-o", "cat.png"]).Kind);
        var prompt = ArgumentParser.Parse(["--verbose", "chat"]);
        Assert.Equal(CommandKind.Prompt, prompt.Kind);
        Assert.Equal("chat", prompt.Text);
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        Assert.Equal("--model is a flag", ArgumentParser.Parse(["--", "--model", "is", "a", "flag"]).Text);
    }

    [Fact]
    public void Help_and_version_win_over_everything_else()
    {
        Assert.Equal(CommandKind.Help, ArgumentParser.Parse(["embed", "--help"]).Kind);
        Assert.Equal(CommandKind.Help, ArgumentParser.Parse(["-h"]).Kind);
        Assert.Equal(CommandKind.Version, ArgumentParser.Parse(["--version"]).Kind);
    }

    [Fact]
    public void Image_and_embed_options_are_parsed()
    {
        var image = ArgumentParser.Parse(["image", "a cat", "-o", "out/cat.png", "--size", "512x768", "--endpoint", "http://127.0.0.1:4010"]);
        Assert.Equal("out/cat.png", image.Output);
        Assert.Equal((512, 768), image.ImageSize);
        Assert.Equal(new Uri("http://127.0.0.1:4010"), image.Endpoint);
        Assert.Equal(256, ArgumentParser.Parse(["embed", "x", "--dimensions", "256"]).Dimensions);
    }

    [Theory]
    [InlineData("unknown option '--bogus'", "--bogus", "hi")]
    [InlineData("--model needs a value", "hi", "--model")]
    [InlineData("--max-tokens must be a positive whole number", "--max-tokens", "0", "hi")]
    [InlineData("--max-tokens must be a positive whole number", "--max-tokens", "many", "hi")]
    [InlineData("--temperature must be a number", "--temperature", "-1", "hi")]
    [InlineData("--reasoning must be low, medium or high", "--reasoning", "extreme", "hi")]
    [InlineData("--endpoint must be an http or https URL", "--endpoint", "ftp://x", "hi")]
    [InlineData("--emulator and --endpoint cannot be combined", "--emulator", "--endpoint", "http://127.0.0.1:1", "hi")]
    [InlineData("--verbose takes no value", "--verbose=yes", "hi")]
    [InlineData("bedrock chat takes no prompt", "chat", "hello")]
    [InlineData("bedrock embed needs the text", "embed")]
    [InlineData("bedrock image needs a prompt", "image", "-o", "x.png")]
    [InlineData("--json-schema does not apply to bedrock embed", "embed", "x", "--json-schema", "{}")]
    [InlineData("--output does not apply to a prompt", "hi", "-o", "x.png")]
    [InlineData("--size must look like 1024x1024", "image", "cat", "--size", "big")]
    [InlineData("--system needs a non-empty value", "--system", " ", "hi")]
    public void Mistakes_are_usage_errors(string expected, params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => ArgumentParser.Parse(args));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_number_is_a_value_not_an_option()
    {
        Assert.Equal("-5", ArgumentParser.Parse(["-5"]).Text);
    }
}
