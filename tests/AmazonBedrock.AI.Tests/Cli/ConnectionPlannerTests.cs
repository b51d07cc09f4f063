using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Parsing;

namespace AmazonBedrock.AI.Tests.Cli;

public class ConnectionPlannerTests
{
    [Fact]
    public void No_credentials_anywhere_means_the_emulator_automatically()
    {
        using var environment = new FakeEnvironment();
        var plan = ConnectionPlanner.Plan(ArgumentParser.Parse(["hi"]), environment);
        Assert.Equal(ConnectionMode.Emulator, plan.Mode);
        Assert.True(plan.Automatic);
    }

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("AWS_BEARER_TOKEN_BEDROCK")]
    [InlineData("AWS_PROFILE")]
    [InlineData("AWS_WEB_IDENTITY_TOKEN_FILE")]
    [InlineData("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")]
    public void A_credential_variable_means_aws(string variable)
    {
        using var environment = new FakeEnvironment((variable, "x"));
        Assert.Equal(ConnectionMode.Aws, ConnectionPlanner.Plan(ArgumentParser.Parse(["hi"]), environment).Mode);
    }

    [Fact]
    public void A_shared_config_file_means_aws()
    {
        using var environment = new FakeEnvironment();
        environment.WriteFile(".aws/config", "[default]\nregion = us-east-1\n");
        Assert.Equal(ConnectionMode.Aws, ConnectionPlanner.Plan(ArgumentParser.Parse(["hi"]), environment).Mode);
    }

    [Fact]
    public void Region_or_profile_flags_mean_aws_even_without_credentials()
    {
        using var environment = new FakeEnvironment();
        var plan = ConnectionPlanner.Plan(ArgumentParser.Parse(["--region", "eu-west-1", "hi"]), environment);
        Assert.Equal(new ConnectionPlan(ConnectionMode.Aws, "eu-west-1"), plan);
        Assert.Equal(ConnectionMode.Aws, ConnectionPlanner.Plan(ArgumentParser.Parse(["--profile", "p", "hi"]), environment).Mode);
    }

    [Fact]
    public void Emulator_and_endpoint_flags_win()
    {
        using var environment = new FakeEnvironment(("AWS_ACCESS_KEY_ID", "x"));
        Assert.Equal(new ConnectionPlan(ConnectionMode.Emulator), ConnectionPlanner.Plan(ArgumentParser.Parse(["--emulator", "hi"]), environment));
        var endpoint = ConnectionPlanner.Plan(ArgumentParser.Parse(["--endpoint", "http://127.0.0.1:4010", "hi"]), environment);
        Assert.Equal(ConnectionMode.Endpoint, endpoint.Mode);
        Assert.Equal(new Uri("http://127.0.0.1:4010"), endpoint.Endpoint);
    }
}
