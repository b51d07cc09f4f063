namespace AmazonBedrock.AI.Tests.Chat.Content;

public sealed class BedrockMediaTypesTests
{
    [Theory]
    [InlineData("photo.PNG", "image/png")]
    [InlineData("/tmp/report.pdf", "application/pdf")]
    [InlineData("notes.md", "text/markdown")]
    [InlineData("clip.mp4", "video/mp4")]
    [InlineData("sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void Known_extensions_map_to_media_types(string fileName, string expected) =>
        Assert.Equal(expected, BedrockMediaTypes.FromFileName(fileName));

    [Theory]
    [InlineData("archive.zip")]
    [InlineData("no-extension")]
    public void Unknown_files_have_no_media_type(string fileName) => Assert.Null(BedrockMediaTypes.FromFileName(fileName));

    [Fact]
    public void Known_extensions_are_listed() => Assert.Contains(".pdf", BedrockMediaTypes.KnownExtensions);
}
