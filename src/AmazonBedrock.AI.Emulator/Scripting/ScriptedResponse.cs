using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// A response queued with <see cref="BedrockEmulator.Enqueue(ScriptedResponse)"/>: the next request (any operation) receives it
/// instead of a simulated model's answer. Every response also carries <c>x-amzn-RequestId</c> and <c>Date</c>.
/// Create instances with the static factories; instances are immutable and may be enqueued more than once.
/// </summary>
public abstract class ScriptedResponse
{
    private protected ScriptedResponse()
    {
    }

    /// <summary>A JSON body with the given status code and extra headers.</summary>
    /// <param name="json">The response body.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">Extra response headers, for example <c>X-Amzn-Bedrock-Input-Token-Count</c>.</param>
    public static ScriptedResponse Json(string json, int statusCode = 200, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new BodyScriptedResponse(statusCode, "application/json", Encoding.UTF8.GetBytes(json), headers);
    }

    /// <summary>A raw body with the given content type, for malformed-response tests.</summary>
    /// <param name="body">The response body.</param>
    /// <param name="contentType">The <c>Content-Type</c> header value.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">Extra response headers.</param>
    public static ScriptedResponse Bytes(byte[] body, string contentType, int statusCode = 200, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new BodyScriptedResponse(statusCode, contentType, (byte[])body.Clone(), headers);
    }

    /// <summary>
    /// Bedrock's error answer: the status code, <c>x-amzn-ErrorType: &lt;Type&gt;:http://internal.amazon.com/coral/com.amazon.bedrock/</c>
    /// and the JSON body <c>{"message": ...}</c>.
    /// </summary>
    /// <param name="statusCode">The HTTP status code, for example 429.</param>
    /// <param name="errorType">The error shape name, for example <c>ThrottlingException</c>.</param>
    /// <param name="message">The error message.</param>
    public static ScriptedResponse Error(int statusCode, string errorType, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorType);
        ArgumentNullException.ThrowIfNull(message);
        return BedrockErrors.Create(statusCode, errorType, message);
    }

    /// <summary>A <c>200</c> <c>application/vnd.amazon.eventstream</c> response that writes the given steps in order, flushing after each frame.</summary>
    /// <param name="events">The frames and pauses to send.</param>
    public static ScriptedResponse EventStream(params ScriptedEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new EventStreamScriptedResponse([.. events]);
    }

    /// <summary>Closes the connection without sending a response, as a network failure would (for retry tests).</summary>
    public static ScriptedResponse Disconnect() => new DisconnectScriptedResponse();

    /// <summary>
    /// Lets the simulated model answer the next request, with the given fault applied (for example a throttling error or a
    /// stream that is cut mid-way). Use it to inject one fault at an exact point of a test.
    /// </summary>
    /// <param name="fault">The fault to apply to the next request.</param>
    public static ScriptedResponse Fault(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return new FaultScriptedResponse(fault);
    }

    /// <summary>Returns a response that waits <paramref name="delay"/> before sending the status line and headers of this one.</summary>
    /// <param name="delay">The pause before the response head.</param>
    public ScriptedResponse WithDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new DelayedScriptedResponse(delay, this);
    }

    /// <summary>Writes this response; <c>x-amzn-RequestId</c> and <c>Date</c> are already set.</summary>
    internal abstract Task WriteAsync(HttpContext context, CancellationToken cancellationToken);

    internal static string JsonString(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
