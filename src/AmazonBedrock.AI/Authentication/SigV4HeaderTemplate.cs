namespace AmazonBedrock.AI.Authentication;

/// <summary>
/// The canonical headers of the requests a transport builds itself, worked out once from a sample request. The headers
/// that never change (the application's own) are written out as bytes; the ones that change per request (content type,
/// invocation id, attempt, host, date, session token) are slots. Signing such a request copies bytes and fills the slots,
/// instead of reading every header back from the message, lower-casing, sorting and trimming it again.
/// </summary>
/// <remarks>
/// The sample carries a marker in place of each per-request value and goes through the same header collection as any
/// other request, so the template is exactly what that collection gives: a header the application set that replaces one
/// of the transport's, or a header the message refused, comes out as it would on a real request.
/// </remarks>
internal sealed class SigV4HeaderTemplate
{
    private readonly Layout _withoutToken;
    private readonly Layout _withToken;

    private SigV4HeaderTemplate(Layout withoutToken, Layout withToken)
    {
        _withoutToken = withoutToken;
        _withToken = withToken;
    }

    /// <summary>A header value that changes per request.</summary>
    public enum Slot
    {
        /// <summary>The body's media type (<c>content-type</c>).</summary>
        ContentType,

        /// <summary>The call's <c>amz-sdk-invocation-id</c>.</summary>
        InvocationId,

        /// <summary>The attempt's <c>amz-sdk-request</c>.</summary>
        Attempt,

        /// <summary>The endpoint's <c>host</c>, with a port that is not the default.</summary>
        Host,

        /// <summary>The signing time, <c>x-amz-date</c>.</summary>
        AmzDate,

        /// <summary>The session token, <c>x-amz-security-token</c> (only in the layout for temporary credentials).</summary>
        SecurityToken,
    }

    /// <summary>What the sample request carries in place of <paramref name="slot"/>'s value.</summary>
    public static string Marker(Slot slot) => slot switch
    {
        Slot.ContentType => "<sigv4-slot-content-type>",
        Slot.InvocationId => "<sigv4-slot-invocation-id>",
        Slot.Attempt => "<sigv4-slot-attempt>",
        Slot.Host => "<sigv4-slot-host>",
        Slot.AmzDate => "<sigv4-slot-x-amz-date>",
        _ => "<sigv4-slot-x-amz-security-token>",
    };

    /// <summary>
    /// The template for requests built like <paramref name="sample"/>, which carries the markers of the transport's slots
    /// (content type, invocation id, attempt) and no <c>X-Amz-Date</c>, token or <c>Authorization</c> yet. The sample is
    /// changed (the signer's headers are added to it).
    /// </summary>
    public static SigV4HeaderTemplate FromSample(HttpRequestMessage sample)
    {
        SigV4Signer.SetHeader(sample, "X-Amz-Date", Marker(Slot.AmzDate));
        var withoutToken = Layout.Of(sample);
        SigV4Signer.SetHeader(sample, "X-Amz-Security-Token", Marker(Slot.SecurityToken));
        return new SigV4HeaderTemplate(withoutToken, Layout.Of(sample));
    }

    /// <summary>
    /// Appends the canonical header lines, the blank line and the signed-header line, with the slots filled.
    /// </summary>
    /// <returns>Where the signed-header line is in <paramref name="text"/>.</returns>
    public (int Start, int Length) Append(Utf8Text text, in SlotValues values)
    {
        var layout = values.SecurityToken is null ? _withoutToken : _withToken;
        foreach (var part in layout.Parts)
        {
            if (part.Bytes is { } bytes)
            {
                text.Append(bytes);
            }
            else
            {
                AppendValue(text, values.For(part.Slot));
            }
        }

        var start = text.Length;
        text.Append(layout.SignedHeaders);
        return (start, layout.SignedHeaders.Length);
    }

    // Canonical values are trimmed with inner runs of white space collapsed; the usual values need neither.
    private static void AppendValue(Utf8Text text, string value)
    {
        if (IsCanonical(value))
        {
            text.Append(value);
        }
        else
        {
            SigV4Signer.AppendCollapsed(text, value);
        }
    }

    private static bool IsCanonical(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r' || (c == ' ' && i + 1 < value.Length && value[i + 1] is ' ' or '\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The per-request values of the slots.</summary>
    public readonly record struct SlotValues(string ContentType, string InvocationId, string Attempt, string Host, string AmzDate, string? SecurityToken)
    {
        /// <summary>The value that fills <paramref name="slot"/>.</summary>
        public string For(Slot slot) => slot switch
        {
            Slot.ContentType => ContentType,
            Slot.InvocationId => InvocationId,
            Slot.Attempt => Attempt,
            Slot.Host => Host,
            Slot.AmzDate => AmzDate,
            _ => SecurityToken ?? string.Empty,
        };

        // The session token is a secret: never printed.
        public override string ToString() => $"SlotValues {{ ContentType = {ContentType}, Host = {Host}, AmzDate = {AmzDate} }}";
    }

    /// <summary>Bytes to copy, or a slot to fill.</summary>
    private readonly record struct Part(byte[]? Bytes, Slot Slot);

    private sealed class Layout(Part[] parts, byte[] signedHeaders)
    {
        public Part[] Parts { get; } = parts;

        public byte[] SignedHeaders { get; } = signedHeaders;

        public static Layout Of(HttpRequestMessage sample)
        {
            var headers = new List<SigV4Signer.CanonicalHeader>();
            SigV4Signer.CollectHeaders(sample, headers, sample.Headers.Host ?? Marker(Slot.Host));

            var parts = new List<Part>();
            var text = new Utf8Text();
            foreach (var header in headers)
            {
                text.Append(header.Name);
                text.Append((byte)':');
                if (SlotOf(header) is { } slot)
                {
                    parts.Add(new Part(text.Written.ToArray(), default));
                    parts.Add(new Part(null, slot));
                    text.Clear();
                }
                else
                {
                    SigV4Signer.AppendCanonicalValues(text, header);
                }

                text.Append((byte)'\n');
            }

            text.Append((byte)'\n');
            parts.Add(new Part(text.Written.ToArray(), default));

            // Plain loops, no LINQ: this runs while the provider is made, where every generic instantiation is JIT time.
            text.Clear();
            for (var i = 0; i < headers.Count; i++)
            {
                if (i > 0)
                {
                    text.Append((byte)';');
                }

                text.Append(headers[i].Name);
            }

            return new Layout([.. parts], text.Written.ToArray());
        }

        private static Slot? SlotOf(in SigV4Signer.CanonicalHeader header)
        {
            var value = header.Single ?? (header.Values.Count == 1 ? header.Values.ToString() : null);
            for (var slot = Slot.ContentType; slot <= Slot.SecurityToken; slot++)
            {
                if (value == Marker(slot))
                {
                    return slot;
                }
            }

            return null;
        }
    }
}
