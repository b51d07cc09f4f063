using System.Text;
using AmazonBedrock.AI.Emulator.EventStream;

namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// One step of a scripted <c>application/vnd.amazon.eventstream</c> response: a frame (event, exception or error),
/// a pause, or a deliberately broken frame. Create instances with the static factories.
/// </summary>
public abstract class ScriptedEvent
{
    private protected ScriptedEvent()
    {
    }

    /// <summary>
    /// An event frame (<c>:message-type</c> <c>event</c>) with the given <c>:event-type</c> and JSON payload.
    /// The emulator adds Bedrock's <c>p</c> padding member to a JSON object payload, as Bedrock does.
    /// </summary>
    /// <param name="eventType">The union member name, for example <c>messageStart</c> or <c>contentBlockDelta</c>.</param>
    /// <param name="jsonPayload">The event structure as JSON.</param>
    public static ScriptedEvent Event(string eventType, string jsonPayload) =>
        new FrameScriptedEvent(EventFrame(eventType, jsonPayload), FrameDelivery.Whole);

    /// <summary>
    /// An InvokeModelWithResponseStream <c>chunk</c> event: <c>{"bytes": base64(innerJson)}</c> plus padding.
    /// </summary>
    /// <param name="innerJson">One model-native JSON event, for example an Anthropic Messages stream event.</param>
    public static ScriptedEvent Chunk(string innerJson)
    {
        ArgumentNullException.ThrowIfNull(innerJson);
        string payload = "{\"bytes\":" + ScriptedResponse.JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(innerJson))) + "}";
        return Event("chunk", payload);
    }

    /// <summary>
    /// A modeled exception frame (<c>:message-type</c> <c>exception</c>) with payload <c>{"message": ...}</c>.
    /// </summary>
    /// <param name="exceptionType">The lowerCamelCase union member, for example <c>throttlingException</c>.</param>
    /// <param name="message">The exception message.</param>
    /// <param name="originalStatusCode">For <c>modelStreamErrorException</c>: the model's original status code.</param>
    /// <param name="originalMessage">For <c>modelStreamErrorException</c>: the model's original message.</param>
    public static ScriptedEvent Exception(string exceptionType, string message, int? originalStatusCode = null, string? originalMessage = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(exceptionType);
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder("{\"message\":").Append(ScriptedResponse.JsonString(message));
        if (originalStatusCode is int status)
        {
            builder.Append(",\"originalStatusCode\":").Append(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (originalMessage is not null)
        {
            builder.Append(",\"originalMessage\":").Append(ScriptedResponse.JsonString(originalMessage));
        }

        builder.Append('}');
        var headers = new[]
        {
            KeyValuePair.Create(":exception-type", exceptionType),
            KeyValuePair.Create(":content-type", "application/json"),
            KeyValuePair.Create(":message-type", "exception"),
        };
        return new FrameScriptedEvent(EventStreamFrameEncoder.Encode(headers, Encoding.UTF8.GetBytes(builder.ToString())), FrameDelivery.Whole);
    }

    /// <summary>An unmodeled error frame (<c>:message-type</c> <c>error</c>) with <c>:error-code</c> and <c>:error-message</c> and an empty payload.</summary>
    /// <param name="code">The error code, for example <c>InternalFailure</c>.</param>
    /// <param name="message">The error message.</param>
    public static ScriptedEvent Error(string code, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        var headers = new[]
        {
            KeyValuePair.Create(":error-code", code),
            KeyValuePair.Create(":error-message", message),
            KeyValuePair.Create(":message-type", "error"),
        };
        return new FrameScriptedEvent(EventStreamFrameEncoder.Encode(headers, ReadOnlySpan<byte>.Empty), FrameDelivery.Whole);
    }

    /// <summary>A pause before the next frame; the bytes written so far are flushed first.</summary>
    /// <param name="delay">How long to wait.</param>
    public static ScriptedEvent Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new DelayScriptedEvent(delay);
    }

    /// <summary>Sends only the first part of an event frame, then ends the response (the stream ends inside a frame).</summary>
    /// <param name="eventType">The <c>:event-type</c> of the frame.</param>
    /// <param name="jsonPayload">The JSON payload of the frame.</param>
    public static ScriptedEvent Truncated(string eventType, string jsonPayload) =>
        new FrameScriptedEvent(EventFrame(eventType, jsonPayload), FrameDelivery.Truncated);

    /// <summary>Sends an event frame whose message CRC is wrong; later events are still sent.</summary>
    /// <param name="eventType">The <c>:event-type</c> of the frame.</param>
    /// <param name="jsonPayload">The JSON payload of the frame.</param>
    public static ScriptedEvent Corrupted(string eventType, string jsonPayload) =>
        new FrameScriptedEvent(EventFrame(eventType, jsonPayload), FrameDelivery.Corrupted);

    /// <summary>Sends the given bytes as they are, for framing tests beyond the factories above.</summary>
    /// <param name="bytes">The raw bytes to write.</param>
    public static ScriptedEvent Raw(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new FrameScriptedEvent((byte[])bytes.Clone(), FrameDelivery.Whole);
    }

    /// <summary>Writes this step to the response body; returns <see langword="false"/> when the response must end here.</summary>
    internal abstract Task<bool> WriteAsync(Stream body, CancellationToken cancellationToken);

    private static byte[] EventFrame(string eventType, string jsonPayload)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentNullException.ThrowIfNull(jsonPayload);
        var headers = new[]
        {
            KeyValuePair.Create(":event-type", eventType),
            KeyValuePair.Create(":content-type", "application/json"),
            KeyValuePair.Create(":message-type", "event"),
        };
        return EventStreamFrameEncoder.Encode(headers, Encoding.UTF8.GetBytes(PaddingGenerator.AddPadding(jsonPayload)));
    }
}
