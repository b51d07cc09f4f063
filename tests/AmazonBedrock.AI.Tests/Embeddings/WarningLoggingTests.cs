using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AmazonBedrock.AI.Tests.Embeddings;

public sealed class WarningLoggingTests
{
    [Fact]
    public async Task Warnings_are_logged_through_the_provider_logger_without_secrets()
    {
        var logs = new CapturingLoggerFactory();
        using var handler = new FakeBedrockHandler("""{"embedding":[1],"inputTextTokenCount":1}""");
        using var provider = new BedrockProvider(new BedrockProviderOptions
        {
            Region = "us-east-1",
            AccessKeyId = "AKIDEXAMPLE",
            SecretAccessKey = "super-secret-key",
            ReadEnvironment = false,
            HttpMessageHandler = handler,
            LoggerFactory = logs,
        });

        await provider.GetEmbeddingGenerator("amazon.titan-embed-text-v1").GenerateAsync(["a"], new BedrockEmbeddingOptions { Normalize = true });

        var entry = Assert.Single(logs.Entries, e => e.Category == "AmazonBedrock.AI.Embeddings");
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("amazon.titan-embed-text-v1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("Normalize", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("super-secret-key", StringComparison.Ordinal));
    }

    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
