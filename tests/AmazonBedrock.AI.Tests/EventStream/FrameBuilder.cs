using System.Text;
using Amazon.Runtime.EventStreams;

namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>Encodes frames with AWSSDK.Core's own encoder, an implementation independent of the reader under test.</summary>
internal static class FrameBuilder
{
    public static byte[] Event(string eventType, string payloadJson) =>
        Encode(payloadJson, (":message-type", "event"), (":event-type", eventType), (":content-type", "application/json"));

    public static byte[] Exception(string exceptionType, string payloadJson) =>
        Encode(payloadJson, (":message-type", "exception"), (":exception-type", exceptionType), (":content-type", "application/json"));

    public static byte[] Error(string code, string message) =>
        Encode(string.Empty, (":message-type", "error"), (":error-code", code), (":error-message", message));

    public static byte[] Encode(string payload, params (string Name, string Value)[] stringHeaders)
    {
        var headers = new List<IEventStreamHeader>();
        foreach (var (name, value) in stringHeaders)
        {
            var header = new EventStreamHeader(name);
            header.SetString(value);
            headers.Add(header);
        }

        return new EventStreamMessage(headers, Encoding.UTF8.GetBytes(payload)).ToByteArray();
    }

    public static byte[] Concat(params byte[][] frames) => frames.SelectMany(frame => frame).ToArray();
}
