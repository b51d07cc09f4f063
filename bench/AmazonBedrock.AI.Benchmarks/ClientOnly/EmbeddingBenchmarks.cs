using AmazonBedrock.AI.Benchmarks.Support;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AmazonBedrock.AI.Benchmarks.ClientOnly;

/// <summary>
/// W6 in client-only mode: 96 texts embedded with Cohere Embed v3 (one InvokeModel call of 96 texts) and with Titan Text
/// Embeddings v2 (96 InvokeModel calls fanned out), each answer 1,024 floats per text as JSON.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private const int Texts = 96;
    private const int Dimensions = 1024;

    private static readonly string[] Inputs = [.. Enumerable.Range(0, Texts).Select(i => $"Document {i}: a short paragraph about travel, weather and museums in Paris, number {i}.")];

    private BedrockProvider _cohereProvider = null!;
    private BedrockProvider _titanProvider = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _cohere = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _titan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cohereProvider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(1), CannedResponses.CohereEmbeddings(Texts, Dimensions));
        _titanProvider = Workloads.ReplayProvider(CannedResponses.SmallConverse, CannedResponses.TextStream(1), CannedResponses.TitanEmbedding(Dimensions));
        _cohere = _cohereProvider.GetEmbeddingGenerator("cohere.embed-english-v3");
        _titan = _titanProvider.GetEmbeddingGenerator("amazon.titan-embed-text-v2:0");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cohereProvider.Dispose();
        _titanProvider.Dispose();
    }

    [Benchmark(Description = "W6 embeddings, 96 texts, Cohere (1 call)")]
    public async Task<GeneratedEmbeddings<Embedding<float>>> W6_Cohere() => Check(await _cohere.GenerateAsync(Inputs));

    [Benchmark(Description = "W6 embeddings, 96 texts, Titan (96 calls)")]
    public async Task<GeneratedEmbeddings<Embedding<float>>> W6_Titan() => Check(await _titan.GenerateAsync(Inputs));

    private static GeneratedEmbeddings<Embedding<float>> Check(GeneratedEmbeddings<Embedding<float>> embeddings) =>
        embeddings.Count == Texts && embeddings[0].Vector.Length == Dimensions ? embeddings : throw new InvalidOperationException("Unexpected embeddings.");
}
