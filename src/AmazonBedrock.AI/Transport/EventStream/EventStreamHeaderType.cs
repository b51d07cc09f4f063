namespace AmazonBedrock.AI.Transport.EventStream;

/// <summary>The value type byte of an event-stream header, as defined by the Amazon Event Stream format.</summary>
internal enum EventStreamHeaderType : byte
{
    /// <summary>Boolean true; no value bytes follow.</summary>
    BoolTrue = 0,

    /// <summary>Boolean false; no value bytes follow.</summary>
    BoolFalse = 1,

    /// <summary>A signed 8-bit integer.</summary>
    Byte = 2,

    /// <summary>A big-endian signed 16-bit integer.</summary>
    Int16 = 3,

    /// <summary>A big-endian signed 32-bit integer.</summary>
    Int32 = 4,

    /// <summary>A big-endian signed 64-bit integer.</summary>
    Int64 = 5,

    /// <summary>A byte array with a big-endian 16-bit length prefix.</summary>
    ByteArray = 6,

    /// <summary>A UTF-8 string with a big-endian 16-bit length prefix.</summary>
    String = 7,

    /// <summary>Milliseconds since the Unix epoch, as a big-endian signed 64-bit integer.</summary>
    Timestamp = 8,

    /// <summary>A 16-byte UUID in network byte order.</summary>
    Uuid = 9,
}
