using System.Text.Json;
using AmazonBedrock.AI.Cli.Connection;
using AmazonBedrock.AI.Cli.Running;
using AmazonBedrock.AI.Cli.Terminal;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Cli;

/// <summary>The tool run end to end against the emulator, through the runner with captured out and err writers.</summary>
public class CliRunnerTests
{
    [Fact]
    public async Task A_prompt_streams_the_answer_to_out()
    {
        await using var cli = await CliHarness.StartAsync();

        int exitCode = await cli.RunAsync("--emulator", "Write a vegetarian lasagna recipe for 4 people.");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("lasagna", cli.Out.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("\n", cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Error.ToString());
        var request = cli.Emulator.LastRequest;
        Assert.Equal("amazon.nova-lite-v1:0", request.ModelId);
        Assert.Contains("converse-stream", request.RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_reach_the_request()
    {
        await using var cli = await CliHarness.StartAsync();
        string image = Path.Combine(cli.Environment.CurrentDirectory, "pixel.png");
        await File.WriteAllBytesAsync(image, Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));

        int exitCode = await cli.RunAsync(
            "--emulator", "--model", "amazon.nova-pro-v1:0", "--system", "Answer in French.", "--max-tokens", "300",
            "--temperature", "0.2", "--file", "pixel.png", "Describe this picture");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var request = cli.Emulator.LastRequest;
        Assert.Equal("amazon.nova-pro-v1:0", request.ModelId);
        var json = request.Json!;
        Assert.Equal("Answer in French.", (string?)json["system"]![0]!["text"]);
        Assert.Equal(300, (int)json["inferenceConfig"]!["maxTokens"]!);
        Assert.Equal(0.2, (double)json["inferenceConfig"]!["temperature"]!, 3);
        var content = json["messages"]![0]!["content"]!.AsArray();
        Assert.Equal("png", (string?)content[0]!["image"]!["format"]);
        Assert.Equal("Describe this picture", (string?)content[1]!["text"]);
    }

    [Fact]
    public async Task Json_schema_gives_json_output()
    {
        await using var cli = await CliHarness.StartAsync();
        const string schema = """{"type":"object","properties":{"name":{"type":"string"},"servings":{"type":"integer"}},"required":["name","servings"],"additionalProperties":false}""";

        int exitCode = await cli.RunAsync("--emulator", "--json-schema", schema, "A lasagna recipe for 4");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Number, document.RootElement.GetProperty("servings").ValueKind);
    }

    [Fact]
    public async Task Json_schema_can_come_from_a_file()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.WriteFile("schema.json", """{"title":"city","type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""");

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("--emulator", "--json-schema", "schema.json", "Capital of France?"));
        using var document = JsonDocument.Parse(cli.Out.ToString());
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("city").ValueKind);
    }

    [Fact]
    public async Task Verbose_prints_usage_latency_finish_reason_and_request_id_to_err()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("--emulator", "--verbose", "Hello there"));

        string err = cli.Error.ToString();
        Assert.Matches(@"usage: \d+ input \+ \d+ output = \d+ tokens", err);
        Assert.Matches(@"latency \d+ ms", err);
        Assert.Contains("finish reason stop", err, StringComparison.Ordinal);
        Assert.Contains($"request id {cli.Emulator.LastRequest.RequestId}", err, StringComparison.Ordinal);
        Assert.DoesNotContain("usage:", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_is_one_line_with_the_request_id_and_exit_code_1()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Enqueue(ScriptedResponse.Error(429, "ThrottlingException", "Too many requests"));

        int exitCode = await cli.RunAsync("--emulator", "Hello");

        Assert.Equal(ExitCodes.ServiceError, exitCode);
        string err = cli.Error.ToString();
        Assert.Equal($"error: ThrottlingException: Too many requests (request id {cli.Emulator.LastRequest.RequestId}){Environment.NewLine}", err);
        Assert.Equal(string.Empty, cli.Out.ToString());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--file", "missing.png", "hi")]
    [InlineData("--file", "notes.exe", "hi")]
    [InlineData("--json-schema", "{not json", "hi")]
    [InlineData("--json-schema", "nofile.json", "hi")]
    public async Task Usage_errors_exit_with_2_before_any_request(params string[] args)
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.WriteFile("notes.exe", "x");

        int exitCode = await cli.RunAsync(["--emulator", .. args]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        string err = cli.Error.ToString();
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.Empty(cli.Emulator.Requests);
    }

    [Fact]
    public async Task No_prompt_is_a_usage_error()
    {
        await using var cli = await CliHarness.StartAsync();
        Assert.Equal(ExitCodes.UsageError, await cli.RunAsync());
        Assert.Contains("no prompt given", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piped_prompt_is_read_from_stdin()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("the quarterly numbers grew", inputIsRedirected: true, "--emulator", "Summarize:"));

        string sent = cli.Emulator.LastRequest.BodyText;
        Assert.Contains("Summarize:", sent, StringComparison.Ordinal);
        Assert.Contains("the quarterly numbers grew", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_commands_flags_and_exit_codes()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("--help"));

        string help = cli.Out.ToString();
        foreach (string expected in new[] { "bedrock chat", "bedrock embed", "bedrock image", "--json-schema", "--reasoning", "--emulator", "--endpoint", "130", "Exit codes" })
        {
            Assert.Contains(expected, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        await using var cli = await CliHarness.StartAsync();
        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("--version"));
        Assert.Matches(@"^bedrock \d+\.\d+", cli.Out.ToString());
    }

    [Fact]
    public async Task Without_credentials_the_emulator_is_used_and_a_note_says_so()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("Hello"));

        Assert.Equal(new ConnectionPlan(ConnectionMode.Emulator, Automatic: true), cli.Plan);
        string note = Assert.Single(cli.Error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("note: no AWS credentials found", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dot_env_file_is_read_before_choosing_the_connection()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Environment.WriteFile(".env", "# local settings\nAWS_BEARER_TOKEN_BEDROCK=\"secret-token\"\n");

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("Hello"));

        Assert.Equal("secret-token", cli.Environment.Get("AWS_BEARER_TOKEN_BEDROCK"));
        Assert.Equal(ConnectionMode.Aws, cli.Plan!.Mode);
        Assert.DoesNotContain("secret-token", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_stops_a_prompt_with_exit_code_130()
    {
        await using var cli = await CliHarness.StartAsync();
        cli.Emulator.Options.Faults.Add(EmulatorFault.AddedLatency(TimeSpan.FromSeconds(30)));

        var run = cli.RunAsync("--emulator", "Hello");
        while (!cli.Interrupts.TryInterrupt())
        {
            await Task.Delay(10);
        }

        Assert.Equal(ExitCodes.Interrupted, await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Embed_prints_dimension_values_and_usage()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("embed", "--emulator", "--dimensions", "256", "hello world"));

        string[] lines = cli.Out.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("dimensions: 256", lines[0]);
        Assert.Matches(@"^values: \[(-?[\d.E-]+, ){8}…\]$", lines[1]);
        Assert.Equal("norm: 1", lines[2]);
        Assert.Matches(@"^usage: \d+ input tokens$", lines[3]);
        Assert.Equal("amazon.titan-embed-text-v2:0", cli.Emulator.LastRequest.ModelId);
    }

    [Fact]
    public async Task Image_writes_a_png_file()
    {
        await using var cli = await CliHarness.StartAsync();

        Assert.Equal(ExitCodes.Ok, await cli.RunAsync("image", "--emulator", "a red bicycle", "-o", "bike.png", "--size", "512x512"));

        byte[] png = await File.ReadAllBytesAsync(Path.Combine(cli.Environment.CurrentDirectory, "bike.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.StartsWith("saved ", cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Equal("amazon.nova-canvas-v1:0", cli.Emulator.LastRequest.ModelId);
    }

    [Fact]
    public async Task The_default_factory_starts_its_own_emulator()
    {
        using var environment = new FakeEnvironment();
        var output = new StringWriter();
        var error = new StringWriter();
        var runner = new CliRunner(new CliConsole(output, error, TextReader.Null), environment, DefaultClientsFactory.CreateAsync, new Interrupts());

        int exitCode = await runner.RunAsync(["Write a vegetarian lasagna recipe for 4 people."], CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("lasagna", output.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("note: no AWS credentials found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_factory_builds_endpoint_clients_without_a_region_flag()
    {
        // Whatever region the environment or profile gives (or the fallback when there is none), the endpoint is the one asked for.
        var endpoint = new Uri("http://127.0.0.1:9/");
        await using var clients = await DefaultClientsFactory.CreateAsync(new ConnectionPlan(ConnectionMode.Endpoint, Endpoint: endpoint), CancellationToken.None);

        Assert.Equal(endpoint, clients.Endpoint);
    }
}
