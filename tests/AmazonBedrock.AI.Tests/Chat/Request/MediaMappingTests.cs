using System.Net;
using System.Net.Http.Headers;
using AmazonBedrock.AI.Chat.Request;
using Microsoft.Extensions.AI;
using static AmazonBedrock.AI.Tests.Chat.Request.RequestAssert;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public class MediaMappingTests
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    [Fact]
    public void Images_videos_and_documents_from_bytes()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, [
                new DataContent(new byte[] { 1, 2, 3 }, "image/jpeg"),
                new DataContent(new byte[] { 4 }, "video/mp4"),
                new DataContent(Pdf, "application/pdf") { Name = "My Report (v2).final.pdf" },
                new TextContent("Summarise"),
            ]),
        ];
        var body = Body(messages, modelId: "amazon.nova-pro-v1:0");
        Equal("""
        [{"image":{"format":"jpeg","source":{"bytes":"AQID"}}},
         {"video":{"format":"mp4","source":{"bytes":"BA=="}}},
         {"document":{"format":"pdf","name":"My Report (v2)","source":{"bytes":"JVBERg=="}}},
         {"text":"Summarise"}]
        """, body["messages"]![0]!["content"]);
    }

    [Fact]
    public void Document_names_are_sanitised_and_unique_within_the_request()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, [
                new DataContent(Pdf, "application/pdf") { Name = "a   b_c!.pdf" },
                new DataContent(Pdf, "application/pdf") { Name = "a b_c.pdf" },
                new DataContent(Pdf, "application/pdf"),
                new DataContent("x"u8.ToArray(), "text/plain"),
                new TextContent("compare"),
            ]),
        ];
        var content = Body(messages)["messages"]![0]!["content"]!.AsArray();
        Assert.Equal(["a bc", "a bc (2)", "document-1", "document-2"], content.Take(4).Select(b => b!["document"]!["name"]!.GetValue<string>()));
        Assert.Equal("txt", content[3]!["document"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Citations_are_switched_on_per_document()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, [new DataContent(Pdf, "application/pdf") { Name = "cited" }.WithCitations(), new DataContent(Pdf, "application/pdf") { Name = "plain" }, new TextContent("q")]),
        ];
        var content = Body(messages)["messages"]![0]!["content"]!;
        Equal("""{"document":{"format":"pdf","name":"cited","source":{"bytes":"JVBERg=="},"citations":{"enabled":true}}}""", content[0]);
        Assert.Null(content[1]!["document"]!["citations"]);
    }

    [Fact]
    public void S3_uris_become_s3_locations()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.User, [new UriContent("s3://bucket/cat.png", "image/png"), new UriContent("s3://bucket/docs/spec.pdf", "application/pdf"), new TextContent("q")]),
        ];
        var content = Body(messages, modelId: "amazon.nova-pro-v1:0")["messages"]![0]!["content"]!;
        Equal("""{"image":{"format":"png","source":{"s3Location":{"uri":"s3://bucket/cat.png"}}}}""", content[0]);
        Equal("""{"document":{"format":"pdf","name":"spec","source":{"s3Location":{"uri":"s3://bucket/docs/spec.pdf"}}}}""", content[1]);
    }

    [Fact]
    public void Unsupported_media_type_names_the_allowed_ones()
    {
        var error = Assert.Throws<NotSupportedException>(() => Build([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1 }, "image/tiff")])]));
        Assert.Contains("image/png", error.Message, StringComparison.Ordinal);
        Assert.Contains("image/tiff", error.Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => Build([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1 }, "application/zip")])]));
    }

    [Fact]
    public void Image_subtype_is_sniffed_from_bytes_for_wildcard_types()
    {
        var body = Body([new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 0xFF, 0xD8, 0xFF, 0 }, "image/*")])]);
        Assert.Equal("jpeg", body["messages"]![0]!["content"]![0]!["image"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Http_uris_are_downloaded_through_the_context()
    {
        Uri? asked = null;
        var plan = Build([new ChatMessage(ChatRole.User, [new UriContent("https://example.com/a.png", "image/png"), new TextContent("what?")])],
            download: (uri, _) =>
            {
                asked = uri;
                return Task.FromResult(new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png"));
            });
        Assert.Equal("https://example.com/a.png", asked!.ToString());
        Equal("""{"image":{"format":"png","source":{"bytes":"iVBORw=="}}}""", Body(plan)["messages"]![0]!["content"]![0]);
    }

    [Fact]
    public void Http_uris_fail_clearly_when_downloads_are_off()
    {
        var error = Assert.Throws<NotSupportedException>(() => Build([new ChatMessage(ChatRole.User, [new UriContent("https://example.com/a.png?sig=secret", "image/png")])]));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hosted_files_are_rejected()
    {
        Assert.Throws<NotSupportedException>(() => Build([new ChatMessage(ChatRole.User, [new HostedFileContent("file-1")])]));
    }

    [Fact]
    public async Task Downloader_enforces_the_size_limit_while_reading()
    {
        using var http = new HttpClient(new StubHandler(new byte[100], null));
        var downloader = new UriContentDownloader(http, 50);
        await Assert.ThrowsAsync<InvalidOperationException>(() => downloader.DownloadAsync(new Uri("https://example.com/big.pdf"), CancellationToken.None));
    }

    [Fact]
    public async Task Downloader_takes_the_media_type_from_the_header_or_the_extension()
    {
        using var typed = new HttpClient(new StubHandler([1, 2], "image/webp"));
        var fromHeader = await new UriContentDownloader(typed, 1000).DownloadAsync(new Uri("https://example.com/x"), CancellationToken.None);
        Assert.Equal("image/webp", fromHeader.MediaType);

        using var untyped = new HttpClient(new StubHandler([1, 2], "application/octet-stream"));
        var fromExtension = await new UriContentDownloader(untyped, 1000).DownloadAsync(new Uri("https://example.com/report.pdf"), CancellationToken.None);
        Assert.Equal("application/pdf", fromExtension.MediaType);
        Assert.Equal("report.pdf", fromExtension.Name);
    }

    private sealed class StubHandler(byte[] body, string? mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(body));
            content.Headers.ContentLength = null;
            if (mediaType is not null)
            {
                content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
