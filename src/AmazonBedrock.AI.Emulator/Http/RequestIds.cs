namespace AmazonBedrock.AI.Emulator;

/// <summary>
/// <c>x-amzn-RequestId</c> values: UUIDs, as Bedrock sends them. They only need to be unique within a test run, so they
/// come from <see cref="Random.Shared"/>; <see cref="Guid.NewGuid"/> would read the operating system's cryptographic
/// source for every request.
/// </summary>
internal static class RequestIds
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString();
    }
}
