using System.Net;
using System.Net.Http.Headers;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Tests.Transport;

public sealed class ImfFixdateTests
{
    [Theory]
    [InlineData("Fri, 27 Nov 2026 11:03:29 GMT", 2026, 11, 27, 11, 3, 29)]
    [InlineData("Sun, 06 Nov 1994 08:49:37 GMT", 1994, 11, 6, 8, 49, 37)]
    [InlineData("Thu, 29 Feb 2024 23:59:59 GMT", 2024, 2, 29, 23, 59, 59)]
    [InlineData("Mon, 01 Jan 0001 00:00:00 GMT", 1, 1, 1, 0, 0, 0)]
    public void Parses_the_fixed_form_as_UTC(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.True(ImfFixdate.TryParse(text, out var date));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero), date);
        Assert.Equal(DateTimeOffset.ParseExact(text, "r", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Fri, 27 Nov 2026 11:03:29 UTC")]
    [InlineData("Fri, 27 Nox 2026 11:03:29 GMT")]
    [InlineData("Fri, 27 ovD 2026 11:03:29 GMT")]
    [InlineData("Sat, 30 Feb 2026 11:03:29 GMT")]
    [InlineData("Fri, 27 Nov 2026 24:03:29 GMT")]
    [InlineData("Fri, 27 Nov 2026 11:60:29 GMT")]
    [InlineData("Fri, 2a Nov 2026 11:03:29 GMT")]
    [InlineData("Fri, 27 Nov 2026 11:03:29 GMT ")]
    [InlineData("Friday, 27-Nov-26 11:03:29 GMT")]
    public void Rejects_anything_else(string text)
    {
        Assert.False(ImfFixdate.TryParse(text, out _));
    }

    [Fact]
    public void Older_HTTP_date_forms_still_reach_the_typed_parser()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("Date", "Sunday, 06-Nov-94 08:49:37 GMT");
        Assert.Equal(new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero), BedrockHeaders.Date(response.Headers));

        using var fixdate = new HttpResponseMessage(HttpStatusCode.OK);
        fixdate.Headers.TryAddWithoutValidation("Date", "Fri, 27 Nov 2026 11:03:29 GMT");
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 11, 3, 29, TimeSpan.Zero), BedrockHeaders.Date(fixdate.Headers));

        using var none = new HttpResponseMessage(HttpStatusCode.OK);
        Assert.Null(BedrockHeaders.Date(none.Headers));
    }
}
