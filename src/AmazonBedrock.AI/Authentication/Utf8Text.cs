using System.Buffers;
using System.Text;

namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// A growable UTF-8 buffer for text that is only ever hashed (the canonical request): written as bytes at once,
/// so signing never materialises the text as a string and encodes it again.
/// </summary>
internal sealed class Utf8Text
{
    private byte[] _buffer = new byte[512];

    public int Length { get; private set; }

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Append(ReadOnlySpan<char> chars)
    {
        // Header names, paths and most values are ASCII: one byte per char, no encoder state.
        Ensure(chars.Length);
        if (Ascii.FromUtf16(chars, _buffer.AsSpan(Length), out var written) == OperationStatus.Done)
        {
            Length += written;
            return;
        }

        Ensure(Encoding.UTF8.GetMaxByteCount(chars.Length));
        Length += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(Length));
    }

    private void Ensure(int more)
    {
        if (_buffer.Length - Length < more)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + more));
        }
    }
}
