using System.Globalization;
using System.Net;
using AmazonBedrock.AI.Emulator.Signing;
using AmazonBedrock.AI.Emulator.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// A local, wire-compatible Amazon Bedrock Runtime (and the Agent Runtime's <c>/rerank</c>) served by Kestrel on 127.0.0.1.
/// It verifies every request's SigV4 signature or bearer token, records every request, answers with queued
/// <see cref="ScriptedResponse"/>s first and with deterministic simulated models when the queue is empty, and injects faults on demand.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await BedrockEmulator.StartAsync();
/// // point any Bedrock client at emulator.BaseUri with access key AKIDEXAMPLE and the example secret, any region
/// </code>
/// </example>
public sealed class BedrockEmulator : IAsyncDisposable
{
    internal const string OperationItemKey = "bedrock-emulator-operation";
    private const long MaxBodyBytes = 256L * 1024 * 1024;
    private const long MaxPresizedBody = 16L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly SigV4Verifier _verifier;
    private readonly ModelSimulator _simulator;
    private readonly FaultPlanner _faultPlanner;
    private readonly Queue<ScriptedResponse> _queue = new();
    // A queue, so dropping the oldest of a full log costs nothing however long the emulator runs.
    private readonly Queue<RecordedRequest> _requests = new();
    private RecordedRequest? _lastRequest;
    private readonly Lock _gate = new();
    private int _disposed;

    private BedrockEmulator(WebApplication app, BedrockEmulatorOptions options)
    {
        _app = app;
        Options = options;
        _verifier = new SigV4Verifier(options);
        _simulator = new ModelSimulator(options);
        _faultPlanner = new FaultPlanner(options);
        BaseUri = new Uri("http://127.0.0.1/");
    }

    /// <summary>The emulator's base address, for example <c>http://127.0.0.1:41234/</c>; use it as the client's endpoint.</summary>
    public Uri BaseUri { get; private set; }

    /// <summary>The options the emulator runs with. Faults may be added or removed between requests.</summary>
    public BedrockEmulatorOptions Options { get; }

    /// <summary>A snapshot of the requests received so far (up to <see cref="BedrockEmulatorOptions.MaxRecordedRequests"/>, the most recent), in arrival order, including rejected ones.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The most recent request.</summary>
    /// <exception cref="InvalidOperationException">No request has been received.</exception>
    public RecordedRequest LastRequest
    {
        get
        {
            lock (_gate)
            {
                return _lastRequest ?? throw new InvalidOperationException("The emulator has not received any request.");
            }
        }
    }

    /// <summary>The number of scripted responses still queued.</summary>
    public int PendingResponses
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Starts an emulator on 127.0.0.1 (a free port unless <see cref="BedrockEmulatorOptions.Port"/> is set).</summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<BedrockEmulator> StartAsync(BedrockEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BedrockEmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);
        ArgumentException.ThrowIfNullOrEmpty(options.AccessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(options.SecretAccessKey);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, PassiveHostLifetime>();
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var emulator = new BedrockEmulator(app, options);
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        var bound = new Uri(address);
        emulator.BaseUri = new Uri($"http://127.0.0.1:{bound.Port.ToString(CultureInfo.InvariantCulture)}/");
        return emulator;
    }

    /// <summary>Queues a response; the next request (any operation) that passes authentication gets it, in FIFO order.</summary>
    /// <param name="response">The response to serve.</param>
    public void Enqueue(ScriptedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            _queue.Enqueue(response);
        }
    }

    /// <summary>Removes every queued response that has not been served yet.</summary>
    public void ClearQueue()
    {
        lock (_gate)
        {
            _queue.Clear();
        }
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests.Clear();
            _lastRequest = null;
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Bedrock emulator at {BaseUri}";

    private async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var requestFeature = context.Features.GetRequiredFeature<IHttpRequestFeature>();
        string rawTarget = requestFeature.RawTarget;
        int queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        string rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        string rawQuery = queryStart < 0 ? string.Empty : rawTarget[(queryStart + 1)..];

        byte[] body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);

        // Copied as pairs (the server reuses its header collection); the dictionary is built only when someone reads it.
        var headers = new KeyValuePair<string, string>[context.Request.Headers.Count];
        var count = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            headers[count++] = new(name, values.Count == 1 ? values[0] ?? string.Empty : string.Join(',', values.Where(v => v is not null).Select(v => v!)));
        }

        var route = EmulatorRoute.Parse(rawPath);
        string requestId = RequestIds.New();
        var now = Options.TimeProvider.GetUtcNow();
        var recorded = new RecordedRequest(context.Request.Method, rawPath, route.Operation, route.ModelId, headers, body, now, requestId);
        lock (_gate)
        {
            _requests.Enqueue(recorded);
            _lastRequest = recorded;
            while (_requests.Count > Math.Max(1, Options.MaxRecordedRequests))
            {
                _requests.Dequeue();
            }
        }

        if (Options.LogRequests)
        {
            Console.WriteLine($"{now:HH:mm:ss} {recorded}");
        }

        context.Items[OperationItemKey] = route.Operation;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture);

        var response = Resolve(context.Request.Method, rawPath, rawQuery, recorded, body, route);
        await response.WriteAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The request body: read straight into an array of the declared length when there is one.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is long length and <= MaxPresizedBody)
        {
            var body = length == 0 ? [] : new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private ScriptedResponse Resolve(string method, string rawPath, string rawQuery, RecordedRequest recorded, byte[] body, EmulatorRoute route)
    {
        if (Options.VerifySignatures && _verifier.Verify(method, rawPath, rawQuery, recorded.Headers, body) is { } rejection)
        {
            return rejection;
        }

        ScriptedResponse? scripted = null;
        lock (_gate)
        {
            _queue.TryDequeue(out scripted);
        }

        IReadOnlyList<EmulatorFault> faults;
        TimeSpan scriptedDelay = TimeSpan.Zero;
        // A queued fault may be wrapped in delays; unwrap them so the fault is applied to the simulated answer.
        var innermost = scripted;
        TimeSpan wrappedDelay = TimeSpan.Zero;
        while (innermost is DelayedScriptedResponse delayed)
        {
            wrappedDelay += delayed.Delay;
            innermost = delayed.Inner;
        }

        if (innermost is FaultScriptedResponse)
        {
            scripted = innermost;
            scriptedDelay = wrappedDelay;
        }

        if (scripted is FaultScriptedResponse queuedFault)
        {
            faults = [queuedFault.QueuedFault];
        }
        else if (scripted is not null)
        {
            return scripted;
        }
        else if (!route.IsKnown || !string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return UnknownOperation();
        }
        else
        {
            faults = _faultPlanner.Plan(route.ModelId, route.Operation!);
        }

        var failure = faults.FirstOrDefault(f => f.Kind != EmulatorFaultKind.Latency);
        ScriptedResponse result;
        if (failure is not null && FaultApplier.ErrorFor(failure) is { } error)
        {
            result = error;
        }
        else if (!route.IsKnown)
        {
            result = UnknownOperation();
        }
        else
        {
            result = _simulator.Answer(route, body);
            if (failure is not null)
            {
                result = FaultApplier.ApplyToStream(failure, result);
            }
        }

        TimeSpan latency = scriptedDelay + faults.Where(f => f.Kind == EmulatorFaultKind.Latency).Aggregate(TimeSpan.Zero, (sum, f) => sum + f.Latency);
        return latency > TimeSpan.Zero ? result.WithDelay(latency) : result;
    }

    private static ScriptedResponse UnknownOperation() =>
        BedrockErrors.Create(404, "UnknownOperationException", "The requested operation is not recognized by the service.", BedrockErrors.CoralServiceNamespace);
}
