using AmazonBedrock.AI.Authentication;
using AmazonBedrock.AI.Provider;

namespace AmazonBedrock.AI.Tests.Provider;

public sealed class ProviderSettingsTests
{
    private static ProviderSettings Resolve(BedrockProviderOptions options, params (string Name, string Value)[] environment)
    {
        var env = environment.ToDictionary(e => e.Name, e => e.Value);
        return ProviderSettings.Resolve(options, name => env.GetValueOrDefault(name));
    }

    [Fact]
    public void Region_comes_from_the_option_then_AWS_REGION_then_AWS_DEFAULT_REGION()
    {
        Assert.Equal("eu-west-1", Resolve(new() { Region = "eu-west-1", ApiKey = "k" }, ("AWS_REGION", "us-west-2")).Region);
        Assert.Equal("us-west-2", Resolve(new() { ApiKey = "k" }, ("AWS_REGION", "us-west-2"), ("AWS_DEFAULT_REGION", "ap-south-1")).Region);
        Assert.Equal("ap-south-1", Resolve(new() { ApiKey = "k" }, ("AWS_DEFAULT_REGION", "ap-south-1")).Region);
    }

    [Fact]
    public void Missing_region_says_how_to_set_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ApiKey = "k", ReadEnvironment = false }));
        Assert.Contains("AWS_REGION", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example.com/#")]
    [InlineData("us east 1")]
    [InlineData("us-east-1.evil.com")]
    [InlineData("US-EAST-1")]
    [InlineData("us-east-1/")]
    [InlineData("-us-east-1")]
    public void Regions_that_could_change_the_host_are_rejected(string region) =>
        Assert.Throws<ArgumentException>(() => Resolve(new() { Region = region, ApiKey = "k" }));

    [Theory]
    [InlineData("us-east-1", false, false, "https://bedrock-runtime.us-east-1.amazonaws.com/")]
    [InlineData("us-east-1", true, false, "https://bedrock-runtime-fips.us-east-1.amazonaws.com/")]
    [InlineData("us-east-1", true, true, "https://bedrock-runtime-fips.us-east-1.api.aws/")]
    [InlineData("us-east-1", false, true, "https://bedrock-runtime.us-east-1.api.aws/")]
    [InlineData("cn-north-1", false, false, "https://bedrock-runtime.cn-north-1.amazonaws.com.cn/")]
    [InlineData("cn-north-1", true, true, "https://bedrock-runtime-fips.cn-north-1.api.amazonwebservices.com.cn/")]
    [InlineData("us-gov-east-1", true, false, "https://bedrock-runtime-fips.us-gov-east-1.amazonaws.com/")]
    [InlineData("us-iso-east-1", false, false, "https://bedrock-runtime.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("us-isob-east-1", true, false, "https://bedrock-runtime-fips.us-isob-east-1.sc2s.sgov.gov/")]
    [InlineData("eu-isoe-west-1", false, false, "https://bedrock-runtime.eu-isoe-west-1.cloud.adc-e.uk/")]
    [InlineData("us-isof-south-1", false, false, "https://bedrock-runtime.us-isof-south-1.csp.hci.ic.gov/")]
    [InlineData("eusc-de-east-1", false, false, "https://bedrock-runtime.eusc-de-east-1.amazonaws.eu/")]
    public void Endpoints_follow_the_service_endpoint_rules(string region, bool fips, bool dualStack, string expected)
    {
        var settings = Resolve(new() { Region = region, ApiKey = "k", UseFipsEndpoint = fips, UseDualStackEndpoint = dualStack });
        Assert.Equal(expected, settings.RuntimeBaseUri.ToString());
        Assert.Equal(expected.Replace("bedrock-runtime", "bedrock-agent-runtime", StringComparison.Ordinal), settings.AgentRuntimeBaseUri.ToString());
    }

    [Fact]
    public void Base_uri_precedence_is_option_then_service_variable_then_global_variable()
    {
        Assert.Equal("http://option/", Resolve(new() { Region = "us-east-1", ApiKey = "k", BaseUri = new Uri("http://option") }, ("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://svc"), ("AWS_ENDPOINT_URL", "http://global")).RuntimeBaseUri.ToString());
        Assert.Equal("http://svc/", Resolve(new() { Region = "us-east-1", ApiKey = "k" }, ("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://svc"), ("AWS_ENDPOINT_URL", "http://global")).RuntimeBaseUri.ToString());
        Assert.Equal("http://global/", Resolve(new() { Region = "us-east-1", ApiKey = "k" }, ("AWS_ENDPOINT_URL", "http://global")).RuntimeBaseUri.ToString());
        var agent = Resolve(new() { Region = "us-east-1", ApiKey = "k" }, ("AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME", "http://agent"), ("AWS_ENDPOINT_URL", "http://global"));
        Assert.Equal("http://agent/", agent.AgentRuntimeBaseUri.ToString());
        Assert.Equal("http://global/", agent.RuntimeBaseUri.ToString());
    }

    [Fact]
    public void Fips_with_a_custom_endpoint_is_refused() =>
        Assert.Throws<ArgumentException>(() => Resolve(new() { Region = "us-east-1", ApiKey = "k", UseFipsEndpoint = true, BaseUri = new Uri("http://localhost:1") }));

    [Fact]
    public void Api_key_from_option_or_environment_selects_bearer_auth()
    {
        Assert.IsType<BearerTokenAuthenticator>(Resolve(new() { Region = "us-east-1", ApiKey = "k", AccessKeyId = "a", SecretAccessKey = "s" }).Authenticator);
        Assert.IsType<BearerTokenAuthenticator>(Resolve(new() { Region = "us-east-1" }, ("AWS_BEARER_TOKEN_BEDROCK", "k"), ("AWS_ACCESS_KEY_ID", "a"), ("AWS_SECRET_ACCESS_KEY", "s")).Authenticator);
        Assert.IsType<SigV4Authenticator>(Resolve(new() { Region = "us-east-1" }, ("AWS_BEARER_TOKEN_BEDROCK", "   "), ("AWS_ACCESS_KEY_ID", "a"), ("AWS_SECRET_ACCESS_KEY", "s")).Authenticator);
    }

    [Fact]
    public void Half_given_keys_are_an_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { Region = "us-east-1", AccessKeyId = "AKIDEXAMPLE", ReadEnvironment = false }));
        Assert.Contains("both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_environment_credentials_must_be_explicit()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { Region = "us-east-1", ReadEnvironment = false }, ("AWS_ACCESS_KEY_ID", "a"), ("AWS_SECRET_ACCESS_KEY", "s")));
        Assert.Contains("ReadEnvironment", error.Message, StringComparison.Ordinal);
        Assert.IsType<SigV4Authenticator>(Resolve(new() { Region = "us-east-1", ReadEnvironment = false, AccessKeyId = "a", SecretAccessKey = "s" }).Authenticator);
    }
}
