namespace AmazonBedrock.AI.Transport;

/// <summary>
/// Values for the <c>amz-sdk-invocation-id</c> header: a random (version 4) UUID per call, shared by its retries.
/// </summary>
/// <remarks>
/// The id only lets service logs tie the attempts of one call together, so it needs to be unique, not unpredictable.
/// It is drawn from <see cref="Random.Shared"/>: <see cref="Guid.NewGuid"/> reads the operating system's cryptographic
/// source, which on Linux costs more than signing the request.
/// </remarks>
internal static class InvocationId
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);

        // Guid's byte layout keeps the version in the high nibble of byte 7 and the variant in the top bits of byte 8.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
