using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.Runtime.EventStreams;
using Amazon.Runtime.Signing;
using AmazonBedrock.AI.Emulator;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>Sends requests to the emulator signed by AWSSDK.Core's public SigV4 signer, and decodes event streams with its frame parser.</summary>
internal static class EmulatorHttp
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static readonly HttpClient Client = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public static string ModelPath(string modelId, string operation) => $"model/{Uri.EscapeDataString(modelId)}/{operation}";

    public static HttpRequestMessage Signed(BedrockEmulator emulator, string relativePath, string body, string secret = Secret, string accessKey = AccessKey, string region = "us-east-1", string? sessionToken = null)
    {
        var uri = new Uri(emulator.BaseUri, relativePath);
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        var signingRequest = new AWSSigningRequest
        {
            HttpMethod = HttpMethod.Post,
            RequestUri = uri,
            Content = bytes,
        };
        signingRequest.Headers["Content-Type"] = "application/json";
        var result = AWSSigV4Signer.Sign(signingRequest, new AWSSigV4Parameters
        {
            Credentials = sessionToken is null ? new BasicAWSCredentials(accessKey, secret) : new SessionAWSCredentials(accessKey, secret, sessionToken),
            Region = Amazon.RegionEndpoint.GetBySystemName(region),
            Service = "bedrock",
        });

        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var header in result.Headers)
        {
            if (!string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) && !string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return request;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    public static Task<HttpResponseMessage> PostAsync(BedrockEmulator emulator, string relativePath, string body) => SendAsync(Signed(emulator, relativePath, body));

    public static async Task<JsonObject> PostJsonAsync(BedrockEmulator emulator, string relativePath, string body)
    {
        using var response = await PostAsync(emulator, relativePath, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static async Task<(int Status, string ErrorType, string Message)> PostErrorAsync(BedrockEmulator emulator, string relativePath, string body)
    {
        using var response = await PostAsync(emulator, relativePath, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.False(response.IsSuccessStatusCode, text);
        string errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.Single() : string.Empty;
        return ((int)response.StatusCode, errorType, JsonNode.Parse(text)!["message"]!.GetValue<string>());
    }

    /// <summary>Splits a complete body into frames and decodes each with <see cref="EventStreamMessage.FromBuffer"/>; trailing bytes that do not make a frame are returned.</summary>
    public static (List<EventStreamMessage> Messages, int TrailingBytes) DecodeFrames(byte[] body)
    {
        var messages = new List<EventStreamMessage>();
        int offset = 0;
        while (offset + 4 <= body.Length)
        {
            int length = (body[offset] << 24) | (body[offset + 1] << 16) | (body[offset + 2] << 8) | body[offset + 3];
            if (offset + length > body.Length)
            {
                break;
            }

            // FromBuffer checks the message CRC from the start of the buffer, so give it each frame on its own.
            messages.Add(EventStreamMessage.FromBuffer(body[offset..(offset + length)], 0, length));
            offset += length;
        }

        return (messages, body.Length - offset);
    }

    public static async Task<List<EventStreamMessage>> PostStreamAsync(BedrockEmulator emulator, string relativePath, string body)
    {
        using var response = await PostAsync(emulator, relativePath, body);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/vnd.amazon.eventstream", response.Content.Headers.ContentType?.MediaType);
        var (messages, trailing) = DecodeFrames(bytes);
        Assert.Equal(0, trailing);
        return messages;
    }

    public static string Header(EventStreamMessage message, string name) => message.Headers[name].AsString();

    public static JsonObject Payload(EventStreamMessage message) => (JsonObject)JsonNode.Parse(message.Payload)!;

    /// <summary>The payload without the <c>p</c> padding member, after checking that it is present and made of the padding alphabet.</summary>
    public static JsonObject Unpadded(EventStreamMessage message)
    {
        var payload = Payload(message);
        string padding = payload["p"]!.GetValue<string>();
        Assert.Matches("^[a-zA-Z0-9]+$", padding);
        payload.Remove("p");
        return payload;
    }

    public static string Converse(string userText, string extra = "") =>
        "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":" + System.Text.Json.JsonSerializer.Serialize(userText, EmulatorTestJson.Default.String) + "}]}]" + extra + "}";
}
