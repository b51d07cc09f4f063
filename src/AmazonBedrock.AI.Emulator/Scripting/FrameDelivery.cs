namespace AmazonBedrock.AI.Emulator;

/// <summary>How a scripted frame reaches the wire.</summary>
internal enum FrameDelivery
{
    /// <summary>The frame as encoded.</summary>
    Whole,

    /// <summary>Only the first half of the frame, then the response ends.</summary>
    Truncated,

    /// <summary>The frame with its message CRC altered.</summary>
    Corrupted,
}
