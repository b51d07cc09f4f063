using AmazonBedrock.AI.Cli.Running;

namespace AmazonBedrock.AI.Tests.Cli;

public class DotEnvFileTests
{
    [Fact]
    public void Parses_plain_quoted_exported_and_commented_lines()
    {
        const string text = """
            # credentials for the demo
            AWS_REGION=us-west-2
            export AWS_PROFILE = work
            SINGLE='a # not a comment'
            DOUBLE="line1\nline2 \"quoted\""
            INLINE=value # a comment
            HASH=abc#def
            EMPTY=
            not a line
            =nokey
            1BAD=x
            """;

        var entries = DotEnvFile.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal)).ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal("us-west-2", entries["AWS_REGION"]);
        Assert.Equal("work", entries["AWS_PROFILE"]);
        Assert.Equal("a # not a comment", entries["SINGLE"]);
        Assert.Equal("line1\nline2 \"quoted\"", entries["DOUBLE"]);
        Assert.Equal("value", entries["INLINE"]);
        Assert.Equal("abc#def", entries["HASH"]);
        Assert.Equal(string.Empty, entries["EMPTY"]);
        Assert.Equal(7, entries.Count);
    }

    [Fact]
    public void Single_quotes_keep_backslashes_and_hashes()
    {
        var entry = Assert.Single(DotEnvFile.Parse(@"KEY='a\nb # c'"));
        Assert.Equal(@"a\nb # c", entry.Value);
    }

    [Fact]
    public void Loading_never_overrides_a_variable_already_set()
    {
        using var environment = new FakeEnvironment(("AWS_REGION", "eu-central-1"));
        environment.WriteFile(".env", "AWS_REGION=us-east-1\nAWS_BEARER_TOKEN_BEDROCK=\"abc\"\n");

        var applied = DotEnvFile.Load(environment.CurrentDirectory, environment);

        Assert.Equal(["AWS_BEARER_TOKEN_BEDROCK"], applied);
        Assert.Equal("eu-central-1", environment.Get("AWS_REGION"));
        Assert.Equal("abc", environment.Get("AWS_BEARER_TOKEN_BEDROCK"));
    }

    [Fact]
    public void A_missing_file_changes_nothing()
    {
        using var environment = new FakeEnvironment();
        Assert.Empty(DotEnvFile.Load(environment.CurrentDirectory, environment));
        Assert.Empty(environment.Variables);
    }
}
