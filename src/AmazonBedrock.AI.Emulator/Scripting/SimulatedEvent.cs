namespace AmazonBedrock.AI.Emulator;

/// <summary>An event frame produced by a simulated model, which keeps its type and payload so that stream faults can rewrite it.</summary>
internal sealed class SimulatedEvent : ScriptedEvent
{
    private readonly ScriptedEvent _frame;

    public SimulatedEvent(string eventType, string payload)
    {
        EventType = eventType;
        Payload = payload;
        _frame = Event(eventType, payload);
    }

    public string EventType { get; }

    public string Payload { get; }

    internal override Task<bool> WriteAsync(Stream body, CancellationToken cancellationToken) => _frame.WriteAsync(body, cancellationToken);
}
