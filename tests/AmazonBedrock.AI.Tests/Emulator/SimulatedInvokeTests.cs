using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

public sealed class SimulatedInvokeTests
{
    private static float[] Vector(JsonNode node) => node.AsArray().Select(v => v!.GetValue<float>()).ToArray();

    private static double Cosine(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);

    private static double Norm(float[] a) => Math.Sqrt(a.Sum(v => (double)v * v));

    [Fact]
    public async Task Titan_embeddings_are_deterministic_unit_vectors_where_similar_texts_are_closer()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string path = EmulatorHttp.ModelPath("amazon.titan-embed-text-v2:0", "invoke");
        async Task<float[]> Embed(string text)
        {
            var json = await EmulatorHttp.PostJsonAsync(emulator, path, "{\"inputText\":\"" + text + "\",\"dimensions\":256,\"normalize\":true}");
            Assert.True(json["inputTextTokenCount"]!.GetValue<int>() > 0);
            return Vector(json["embedding"]!);
        }

        var cat = await Embed("the cat sat on the mat");
        var cats = await Embed("a cat sat on a mat");
        var finance = await Embed("quarterly revenue grew in the bond market");
        Assert.Equal(256, cat.Length);
        Assert.Equal(1.0, Norm(cat), 3);
        Assert.True(Cosine(cat, cats) > Cosine(cat, finance));
        Assert.Equal(cat, await Embed("the cat sat on the mat"));
        using var response = await EmulatorHttp.PostAsync(emulator, path, "{\"inputText\":\"x\"}");
        Assert.True(response.Headers.Contains("X-Amzn-Bedrock-Input-Token-Count"));
    }

    [Fact]
    public async Task Titan_rejects_unsupported_dimensions_and_missing_input()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        string path = EmulatorHttp.ModelPath("amazon.titan-embed-text-v2:0", "invoke");
        var (status, _, message) = await EmulatorHttp.PostErrorAsync(emulator, path, "{\"inputText\":\"x\",\"dimensions\":300}");
        Assert.Equal(400, status);
        Assert.Contains("#/dimensions", message, StringComparison.Ordinal);
        (_, _, message) = await EmulatorHttp.PostErrorAsync(emulator, path, "{}");
        Assert.Equal("Malformed input request: #: required key [inputText] not found, please reformat your input and try again.", message);
    }

    [Fact]
    public async Task Cohere_v3_floats_and_v4_by_type()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var v3 = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath("cohere.embed-english-v3", "invoke"), "{\"texts\":[\"a\",\"b c\"],\"input_type\":\"search_document\"}");
        Assert.Equal("embeddings_floats", v3["response_type"]!.GetValue<string>());
        Assert.Equal(2, v3["embeddings"]!.AsArray().Count);
        Assert.Equal(1024, v3["embeddings"]![0]!.AsArray().Count);
        Assert.Equal("b c", v3["texts"]![1]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(v3["id"]!.GetValue<string>()));

        var v4 = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath("cohere.embed-v4:0", "invoke"), "{\"texts\":[\"a\"],\"input_type\":\"search_query\",\"embedding_types\":[\"float\",\"int8\"],\"output_dimension\":256}");
        Assert.Equal("embeddings_by_type", v4["response_type"]!.GetValue<string>());
        Assert.Equal(256, v4["embeddings"]!["float"]![0]!.AsArray().Count);
        Assert.All(v4["embeddings"]!["int8"]![0]!.AsArray(), v => Assert.InRange(v!.GetValue<int>(), -128, 127));
    }

    [Fact]
    public async Task Nova_multimodal_embedding()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath("amazon.nova-2-multimodal-embeddings-v1:0", "invoke"),
            "{\"taskType\":\"SINGLE_EMBEDDING\",\"singleEmbeddingParams\":{\"embeddingPurpose\":\"GENERIC_INDEX\",\"embeddingDimension\":384,\"text\":{\"truncationMode\":\"END\",\"value\":\"hello\"}}}");
        var embedding = json["embeddings"]![0]!;
        Assert.Equal("TEXT", embedding["embeddingType"]!.GetValue<string>());
        Assert.Equal(384, embedding["embedding"]!.AsArray().Count);
    }

    [Fact]
    public async Task Nova_canvas_returns_valid_png_files_of_the_requested_size()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath("amazon.nova-canvas-v1:0", "invoke"),
            "{\"taskType\":\"TEXT_IMAGE\",\"textToImageParams\":{\"text\":\"a red fox\"},\"imageGenerationConfig\":{\"width\":320,\"height\":192,\"numberOfImages\":2,\"seed\":42}}");
        var images = json["images"]!.AsArray();
        Assert.Equal(2, images.Count);
        AssertPng(Convert.FromBase64String(images[0]!.GetValue<string>()), 320, 192);
        Assert.NotEqual(images[0]!.GetValue<string>(), images[1]!.GetValue<string>());
    }

    [Fact]
    public async Task Stability_returns_images_seeds_and_finish_reasons()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        var json = await EmulatorHttp.PostJsonAsync(emulator, EmulatorHttp.ModelPath("stability.sd3-5-large-v1:0", "invoke"), "{\"prompt\":\"a lighthouse\",\"aspect_ratio\":\"16:9\",\"seed\":7}");
        Assert.Equal(7, json["seeds"]![0]!.GetValue<long>());
        Assert.Null(json["finish_reasons"]![0]);
        byte[] png = Convert.FromBase64String(json["images"]![0]!.GetValue<string>());
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        int height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        Assert.True(width > height);
        AssertPng(png, width, height);
    }

    [Fact]
    public async Task Rerank_scores_by_term_overlap()
    {
        await using var emulator = await BedrockEmulator.StartAsync();
        const string body = "{\"queries\":[{\"textQuery\":{\"text\":\"capital of France\"},\"type\":\"TEXT\"}],"
            + "\"rerankingConfiguration\":{\"bedrockRerankingConfiguration\":{\"modelConfiguration\":{\"modelArn\":\"arn:aws:bedrock:us-west-2::foundation-model/amazon.rerank-v1:0\"},\"numberOfResults\":2},\"type\":\"BEDROCK_RERANKING_MODEL\"},"
            + "\"sources\":[{\"type\":\"INLINE\",\"inlineDocumentSource\":{\"type\":\"TEXT\",\"textDocument\":{\"text\":\"Bananas are yellow\"}}},"
            + "{\"type\":\"INLINE\",\"inlineDocumentSource\":{\"type\":\"TEXT\",\"textDocument\":{\"text\":\"Paris is the capital of France\"}}},"
            + "{\"type\":\"INLINE\",\"inlineDocumentSource\":{\"type\":\"JSON\",\"jsonDocument\":{\"country\":\"France\"}}}]}";
        var json = await EmulatorHttp.PostJsonAsync(emulator, "rerank", body);

        var results = json["results"]!.AsArray();
        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0]!["index"]!.GetValue<int>());
        Assert.Equal(2, results[1]!["index"]!.GetValue<int>());
        Assert.True(results[0]!["relevanceScore"]!.GetValue<double>() > results[1]!["relevanceScore"]!.GetValue<double>());
        Assert.Equal("rerank", emulator.LastRequest.Operation);
        Assert.Null(emulator.LastRequest.ModelId);
    }

    private static void AssertPng(byte[] png, int width, int height)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        // Walk the chunks, check each CRC with AWSSDK-independent code, and inflate IDAT to the exact pixel size.
        int offset = 8;
        using var idat = new MemoryStream();
        string type = string.Empty;
        while (offset < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(Crc(png.AsSpan(offset + 4, length + 4)), crc);
            if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        Assert.Equal("IEND", type);
        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        using var pixels = new MemoryStream();
        inflater.CopyTo(pixels);
        Assert.Equal(height * (1 + (width * 3)), pixels.Length);
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
