using System.Buffers;
using System.Text.Json;
using AmazonBedrock.AI.Chat.Request;

namespace AmazonBedrock.AI.Tests.Chat.Request;

public sealed class SamplingNumberTextTests
{
    [Theory]
    [InlineData(0f)]
    [InlineData(0.2f)]
    [InlineData(0.7f)]
    [InlineData(1f)]
    [InlineData(0.123456789f)]
    [InlineData(1e-7f)]
    [InlineData(float.Epsilon)]
    [InlineData(float.MaxValue)]
    [InlineData(-0.5f)]
    public void Writes_the_same_bytes_as_the_writer_every_time(float value)
    {
        var expected = Write(w => w.WriteNumber("temperature"u8, value));
        Assert.Equal(expected, Write(w => SamplingNumberText.Write(w, "temperature"u8, value)));
        Assert.Equal(expected, Write(w => SamplingNumberText.Write(w, "temperature"u8, value)));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("maxTokens"u8, 10);
            write(writer);
            writer.WriteString("after"u8, "x");
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
