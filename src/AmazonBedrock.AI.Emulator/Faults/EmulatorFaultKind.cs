namespace AmazonBedrock.AI.Emulator;

/// <summary>The kinds of fault the emulator can inject.</summary>
public enum EmulatorFaultKind
{
    /// <summary>HTTP 429 <c>ThrottlingException</c> "Too many requests, please wait before trying again."</summary>
    Throttling,

    /// <summary>HTTP 429 <c>ModelNotReadyException</c>.</summary>
    ModelNotReady,

    /// <summary>HTTP 500 <c>InternalServerException</c>.</summary>
    InternalServerError,

    /// <summary>HTTP 503 <c>ServiceUnavailableException</c>.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 408 <c>ModelTimeoutException</c>.</summary>
    ModelTimeout,

    /// <summary>Waits <see cref="EmulatorFault.Latency"/> before the response head, then answers normally.</summary>
    Latency,

    /// <summary>On streaming operations: sends <see cref="EmulatorFault.AfterEvents"/> events, then an exception frame.</summary>
    MidStreamException,

    /// <summary>On streaming operations: sends <see cref="EmulatorFault.AfterEvents"/> events, then half a frame, then ends the response.</summary>
    TruncatedFrame,

    /// <summary>On streaming operations: the frame after <see cref="EmulatorFault.AfterEvents"/> events has a bad message CRC.</summary>
    CorruptedFrame,
}
