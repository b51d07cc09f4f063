using System.Text.RegularExpressions;

namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// A fault for resilience tests: add it to <see cref="BedrockEmulatorOptions.Faults"/> (applied by <see cref="Rate"/> and
/// <see cref="ModelIdPattern"/>, deterministically for a given <see cref="BedrockEmulatorOptions.FaultSeed"/>) or queue it once with
/// <see cref="ScriptedResponse.Fault(EmulatorFault)"/>. Stream faults (<see cref="EmulatorFaultKind.MidStreamException"/>,
/// <see cref="EmulatorFaultKind.TruncatedFrame"/>, <see cref="EmulatorFaultKind.CorruptedFrame"/>) only affect streaming operations.
/// </summary>
public sealed class EmulatorFault
{
    /// <summary>The kind of fault.</summary>
    public EmulatorFaultKind Kind { get; init; }

    /// <summary>The probability (0 to 1) that a matching request gets the fault. Default 1: every matching request.</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>
    /// A model id pattern with <c>*</c> (any run of characters) and <c>?</c> wildcards, matched case-insensitively against the
    /// decoded model id (or <c>rerank</c> for the rerank operation). <see langword="null"/> matches every request.
    /// </summary>
    public string? ModelIdPattern { get; init; }

    /// <summary>The delay for <see cref="EmulatorFaultKind.Latency"/>. Default one second.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>For stream faults: how many events are sent intact before the fault. Default 2.</summary>
    public int AfterEvents { get; init; } = 2;

    /// <summary>For <see cref="EmulatorFaultKind.MidStreamException"/>: the lowerCamelCase exception member. Default <c>throttlingException</c>.</summary>
    public string ExceptionType { get; init; } = "throttlingException";

    /// <summary>An error message to use instead of the kind's default message.</summary>
    public string? Message { get; init; }

    /// <summary>A throttling fault (HTTP 429 <c>ThrottlingException</c>).</summary>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault Throttling(double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.Throttling, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>A model-not-ready fault (HTTP 429 <c>ModelNotReadyException</c>).</summary>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault ModelNotReady(double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.ModelNotReady, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>A server fault: 500 <c>InternalServerException</c>, or 503 <c>ServiceUnavailableException</c> when <paramref name="statusCode"/> is 503.</summary>
    /// <param name="statusCode">500 or 503.</param>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault ServerError(int statusCode = 500, double rate = 1.0, string? modelIdPattern = null) =>
        new()
        {
            Kind = statusCode == 503 ? EmulatorFaultKind.ServiceUnavailable : EmulatorFaultKind.InternalServerError,
            Rate = rate,
            ModelIdPattern = modelIdPattern,
        };

    /// <summary>Added latency before the response head.</summary>
    /// <param name="latency">The delay.</param>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault AddedLatency(TimeSpan latency, double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.Latency, Latency = latency, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>An exception frame after <paramref name="afterEvents"/> events of a stream.</summary>
    /// <param name="exceptionType">The lowerCamelCase exception member, for example <c>modelStreamErrorException</c>.</param>
    /// <param name="afterEvents">Events sent before the exception.</param>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault MidStreamException(string exceptionType = "throttlingException", int afterEvents = 2, double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.MidStreamException, ExceptionType = exceptionType, AfterEvents = afterEvents, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>A stream that ends inside a frame after <paramref name="afterEvents"/> events.</summary>
    /// <param name="afterEvents">Events sent before the truncated frame.</param>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault TruncatedFrame(int afterEvents = 2, double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.TruncatedFrame, AfterEvents = afterEvents, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>A frame with a bad message CRC after <paramref name="afterEvents"/> events.</summary>
    /// <param name="afterEvents">Events sent before the corrupted frame.</param>
    /// <param name="rate">The probability that a matching request gets it.</param>
    /// <param name="modelIdPattern">The model id wildcard pattern, or <see langword="null"/> for every model.</param>
    public static EmulatorFault CorruptedFrame(int afterEvents = 2, double rate = 1.0, string? modelIdPattern = null) =>
        new() { Kind = EmulatorFaultKind.CorruptedFrame, AfterEvents = afterEvents, Rate = rate, ModelIdPattern = modelIdPattern };

    /// <summary>Whether the fault's pattern matches the model id.</summary>
    internal bool Matches(string? modelId)
    {
        if (ModelIdPattern is null)
        {
            return true;
        }

        string pattern = "^" + Regex.Escape(ModelIdPattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(modelId ?? string.Empty, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} (rate {Rate}, model {ModelIdPattern ?? "*"})";
}
