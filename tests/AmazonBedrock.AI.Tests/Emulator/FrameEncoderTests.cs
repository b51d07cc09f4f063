using System.Buffers.Binary;
using System.Text;
using AmazonBedrock.AI.Emulator.EventStream;

namespace AmazonBedrock.AI.Tests.Emulator;

/// <summary>The emulator's frame encoder reproduces reference frames byte for byte.</summary>
public sealed class FrameEncoderTests
{
    [Theory]
    [InlineData("converse-stream-text.bin")]
    [InlineData("converse-stream-exception-throttling.bin")]
    [InlineData("converse-stream-unmodeled-error.bin")]
    [InlineData("invoke-with-response-stream-anthropic.bin")]
    public void Reencoding_reference_frames_gives_identical_bytes(string file)
    {
        byte[] stream = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "emulator", "eventstream", file));
        int offset = 0;
        int frames = 0;
        while (offset < stream.Length)
        {
            int total = BinaryPrimitives.ReadInt32BigEndian(stream.AsSpan(offset));
            int headersLength = BinaryPrimitives.ReadInt32BigEndian(stream.AsSpan(offset + 4));
            var frame = stream.AsSpan(offset, total);
            var headers = new List<KeyValuePair<string, string>>();
            int position = 12;
            while (position < 12 + headersLength)
            {
                int nameLength = frame[position];
                string name = Encoding.UTF8.GetString(frame.Slice(position + 1, nameLength));
                position += 1 + nameLength;
                Assert.Equal(7, frame[position]);
                int valueLength = BinaryPrimitives.ReadUInt16BigEndian(frame[(position + 1)..]);
                headers.Add(KeyValuePair.Create(name, Encoding.UTF8.GetString(frame.Slice(position + 3, valueLength))));
                position += 3 + valueLength;
            }

            var payload = frame[(12 + headersLength)..^4];
            Assert.Equal(frame.ToArray(), EventStreamFrameEncoder.Encode(headers, payload));
            offset += total;
            frames++;
        }

        Assert.True(frames > 0);
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }
}
