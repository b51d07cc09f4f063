namespace AmazonBedrock.AI.Emulator;

/// <summary>Turns a fault into the response a request gets instead of, or on top of, the simulated answer.</summary>
internal static class FaultApplier
{
    /// <summary>Returns the error that replaces the answer, or <see langword="null"/> when the fault changes the answer instead.</summary>
    public static ScriptedResponse? ErrorFor(EmulatorFault fault) => fault.Kind switch
    {
        EmulatorFaultKind.Throttling => BedrockErrors.Create(429, "ThrottlingException", fault.Message ?? "Too many requests, please wait before trying again."),
        EmulatorFaultKind.ModelNotReady => BedrockErrors.Create(429, "ModelNotReadyException", fault.Message ?? "Model is not ready for inference. Wait and try your request again."),
        EmulatorFaultKind.InternalServerError => BedrockErrors.Create(500, "InternalServerException", fault.Message ?? "The server encountered an internal error while processing the request."),
        EmulatorFaultKind.ServiceUnavailable => BedrockErrors.Create(503, "ServiceUnavailableException", fault.Message ?? "Bedrock is unable to process your request."),
        EmulatorFaultKind.ModelTimeout => BedrockErrors.Create(408, "ModelTimeoutException", fault.Message ?? "Model has timed out in processing the request. Try your request again."),
        _ => null,
    };

    /// <summary>Applies a stream fault (exception, truncated or corrupted frame) to a simulated event stream.</summary>
    public static ScriptedResponse ApplyToStream(EmulatorFault fault, ScriptedResponse response)
    {
        if (response is not EventStreamScriptedResponse stream)
        {
            return response;
        }

        var simulated = stream.Events.OfType<SimulatedEvent>().ToList();
        if (simulated.Count != stream.Events.Count)
        {
            return response;
        }

        int keep = Math.Clamp(fault.AfterEvents, 0, simulated.Count);
        var events = new List<ScriptedEvent>(simulated.Take(keep));
        switch (fault.Kind)
        {
            case EmulatorFaultKind.MidStreamException:
                events.Add(ScriptedEvent.Exception(fault.ExceptionType, fault.Message ?? DefaultStreamMessage(fault.ExceptionType), fault.ExceptionType == "modelStreamErrorException" ? 500 : null, fault.ExceptionType == "modelStreamErrorException" ? "Internal error" : null));
                break;
            case EmulatorFaultKind.TruncatedFrame:
                var cut = keep < simulated.Count ? simulated[keep] : simulated[^1];
                events.Add(ScriptedEvent.Truncated(cut.EventType, cut.Payload));
                break;
            case EmulatorFaultKind.CorruptedFrame:
                var bad = keep < simulated.Count ? simulated[keep] : simulated[^1];
                events.Add(ScriptedEvent.Corrupted(bad.EventType, bad.Payload));
                events.AddRange(simulated.Skip(keep + 1));
                break;
            default:
                return response;
        }

        return new EventStreamScriptedResponse(events);
    }

    private static string DefaultStreamMessage(string exceptionType) => exceptionType switch
    {
        "throttlingException" => "Too many requests, please wait before trying again.",
        "serviceUnavailableException" => "Bedrock is unable to process your request.",
        "internalServerException" => "The server encountered an internal error while processing the request.",
        "modelTimeoutException" => "Model has timed out in processing the request. Try your request again.",
        "validationException" => "The model returned an invalid response.",
        _ => "The model stream failed.",
    };
}
