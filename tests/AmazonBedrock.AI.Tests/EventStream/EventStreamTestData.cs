namespace AmazonBedrock.AI.Tests.EventStream;

/// <summary>Locates the event-stream vectors copied into the test output folder.</summary>
internal static class EventStreamTestData
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "eventstream");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static byte[] Read(params string[] parts) => File.ReadAllBytes(PathOf(parts));
}
