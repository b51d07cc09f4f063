namespace AmazonBedrock.AI.Transport;

/// <summary>The HTTP date form every current server sends (RFC 9110 IMF-fixdate): <c>Sun, 06 Nov 1994 08:49:37 GMT</c>.</summary>
internal static class ImfFixdate
{
    private const string Months = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /// <summary>Parses exactly that form (the day name is not checked against the date); anything else returns false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 29 || text[3] != ',' || text[4] != ' ' || text[7] != ' ' || text[11] != ' ' || text[16] != ' '
            || text[19] != ':' || text[22] != ':' || !text[25..].SequenceEqual(" GMT"))
        {
            return false;
        }

        var monthIndex = Months.AsSpan().IndexOf(text.Slice(8, 3));
        if (monthIndex < 0 || monthIndex % 3 != 0
            || !TryDigits(text.Slice(5, 2), out var day) || !TryDigits(text.Slice(12, 4), out var year)
            || !TryDigits(text.Slice(17, 2), out var hour) || !TryDigits(text.Slice(20, 2), out var minute) || !TryDigits(text.Slice(23, 2), out var second)
            || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, (monthIndex / 3) + 1) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, (monthIndex / 3) + 1, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
