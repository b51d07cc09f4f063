using System.Runtime.CompilerServices;
using AmazonBedrock.AI.Chat.Request;
using AmazonBedrock.AI.Chat.Response;
using AmazonBedrock.AI.Provider;
using AmazonBedrock.AI.Transport;
using AmazonBedrock.AI.Transport.EventStream;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI;

/// <summary>
/// A Bedrock chat model behind <see cref="IChatClient"/>: <see cref="GetResponseAsync"/> calls Converse and
/// <see cref="GetStreamingResponseAsync"/> calls ConverseStream. Get one from <see cref="BedrockProvider.GetChatClient"/>.
/// Thread-safe; share one instance.
/// </summary>
public sealed partial class BedrockChatClient : IChatClient
{
    private readonly BedrockProvider _provider;
    private readonly BedrockChatClientSettings _settings;
    private readonly Func<Uri, CancellationToken, Task<DataContent>>? _download;
    private readonly ILogger _logger;

    // The default model's paths, escaped once rather than per call.
    private readonly string _conversePath;
    private readonly string _converseStreamPath;

    internal BedrockChatClient(BedrockProvider provider, string modelId, BedrockChatClientSettings? settings)
    {
        BedrockModelPath.ValidateModelId(modelId);
        _provider = provider;
        ModelId = modelId;
        _settings = settings?.Clone() ?? new BedrockChatClientSettings();
        _download = _settings.AllowUrlDownloads ? new UriContentDownloader(provider.Transport.HttpClient, _settings.MaxDownloadBytes).DownloadAsync : null;
        _logger = provider.LoggerFactory.CreateLogger("AmazonBedrock.AI.Chat");
        Metadata = new ChatClientMetadata("aws.bedrock", provider.Endpoint, modelId);
        _conversePath = BedrockModelPath.For(modelId, "converse");
        _converseStreamPath = BedrockModelPath.For(modelId, "converse-stream");
    }

    /// <summary>The model id this client calls unless <see cref="ChatOptions.ModelId"/> says otherwise.</summary>
    public string ModelId { get; }

    /// <summary>Provider name <c>aws.bedrock</c>, the regional endpoint and the model id (read by MEAI's OpenTelemetry middleware).</summary>
    public ChatClientMetadata Metadata { get; }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // PlanAsync is async, so bad input fails through the returned task. The plan is ready at once unless content had to
        // be downloaded; then this call needs no async step of its own: the transport maps the answer.
        var planning = PlanAsync(messages, options, streaming: false, cancellationToken);
        return planning.IsCompletedSuccessfully ? Send(planning.Result, cancellationToken) : PlanThenSendAsync(planning, cancellationToken);
    }

    private async Task<ChatResponse> PlanThenSendAsync(ValueTask<(string ModelId, ConverseRequestPlan Plan)> planning, CancellationToken cancellationToken) =>
        await Send(await planning.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private Task<ChatResponse> Send((string ModelId, ConverseRequestPlan Plan) planned, CancellationToken cancellationToken)
    {
        var (modelId, plan) = planned;
        return _provider.Transport.SendAsync(
            new BedrockRequest { Path = IsDefaultModel(modelId) ? _conversePath : BedrockModelPath.For(modelId, "converse"), Body = plan.Body, Operation = "Converse" },
            static (response, call) => ConverseResponseMapper.Map(response.Body, call.Client.Context(call.ModelId, call.Plan, response.RequestId, BedrockHeaders.Date(response.Headers))),
            (Client: this, ModelId: modelId, Plan: plan),
            cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (modelId, plan) = await PlanAsync(messages, options, streaming: true, cancellationToken).ConfigureAwait(false);
        await using var response = await _provider.Transport.SendStreamingAsync(
            new BedrockRequest { Path = IsDefaultModel(modelId) ? _converseStreamPath : BedrockModelPath.For(modelId, "converse-stream"), Body = plan.Body, Operation = "ConverseStream" },
            cancellationToken).ConfigureAwait(false);

        var mapper = new ConverseStreamMapper(Context(modelId, plan, response.RequestId, BedrockHeaders.Date(response.Headers), (options as BedrockChatOptions)?.ToolInputDeltas));
        await using var reader = new EventStreamReader(response.Body, response.RequestId);
        var updates = new List<ChatResponseUpdate>(4);
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var message = reader.Current;
            if (message.EventType is not { } eventType)
            {
                continue;
            }

            mapper.Process(eventType, message.Payload.Span, updates);
            foreach (var update in updates)
            {
                yield return update;
            }

            updates.Clear();
        }

        mapper.Complete(updates);
        if (!mapper.SawMessageStop)
        {
            LogStreamEndedEarly(_logger, modelId, response.RequestId);
        }

        foreach (var update in updates)
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return Metadata;
        }

        if (serviceType.IsInstanceOfType(this))
        {
            return this;
        }

        if (serviceType == typeof(BedrockChatClientSettings))
        {
            // A copy: the client's own settings must not change under it.
            return _settings.Clone();
        }

        return ProviderServices.Get(serviceType, _provider);
    }

    /// <summary>Nothing to release: the provider owns the HTTP client.</summary>
    public void Dispose()
    {
    }

    private async ValueTask<(string ModelId, ConverseRequestPlan Plan)> PlanAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, bool streaming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var modelId = string.IsNullOrWhiteSpace(options?.ModelId) ? ModelId : options.ModelId;
        if (!IsDefaultModel(modelId))
        {
            BedrockModelPath.ValidateModelId(modelId);
        }

        var context = new ConverseRequestContext
        {
            ModelId = modelId,
            Settings = _settings,
            Streaming = streaming,
            DownloadAsync = _download,
        };
        var plan = await ConverseRequestBuilder.BuildAsync(messages, options, context, cancellationToken).ConfigureAwait(false);
        ModelWarnings.LogAll(_logger, modelId, plan.Warnings);

        return (modelId, plan);
    }

    /// <summary>The constructor validated <see cref="ModelId"/> and escaped its paths already.</summary>
    private bool IsDefaultModel(string modelId) => string.Equals(modelId, ModelId, StringComparison.Ordinal);

    private ConverseResponseContext Context(string modelId, ConverseRequestPlan plan, string? requestId, DateTimeOffset? date, IProgress<BedrockToolInputDelta>? toolInputDeltas = null) => new()
    {
        ToolInputDeltas = toolInputDeltas,
        ModelId = modelId,
        RequestId = requestId,
        JsonResponseToolName = plan.JsonResponseToolName,
        ToolNameMap = plan.ToolNameMap,
        Warnings = plan.Warnings,
        CreatedAt = date ?? _provider.TimeProvider.GetUtcNow(),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bedrock model {ModelId}: the stream ended without messageStop (request id {RequestId}); returning what arrived.")]
    private static partial void LogStreamEndedEarly(ILogger logger, string modelId, string? requestId);
}
