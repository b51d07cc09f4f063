using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using AmazonBedrock.AI.Transport;

namespace AmazonBedrock.AI.Chat.Response;

/// <summary>
/// A Bedrock <c>Citation</c> (or streamed <c>CitationsDelta</c>) → <see cref="CitationAnnotation"/>.
/// Title, URL and the quoted source text map to MEAI properties; the location in the source (document index and the
/// character, page or chunk range) has no MEAI slot, so it goes to <c>AdditionalProperties</c> under documented keys.
/// </summary>
internal static class CitationMapper
{
    private static readonly string[] LocationKinds = ["web", "documentChar", "documentPage", "documentChunk", "searchResultLocation"];

    /// <param name="citation">The citation object.</param>
    /// <param name="citedTextLength">The length of the generated text the citation supports, or <see langword="null"/> when unknown (streaming).</param>
    public static CitationAnnotation Map(JsonElement citation, int? citedTextLength)
    {
        var annotation = new CitationAnnotation
        {
            Title = citation.GetStringOrNull("title"u8),
            Snippet = JoinSourceContent(citation),
            RawRepresentation = citation,
        };

        var properties = new AdditionalPropertiesDictionary();
        if (citation.GetStringOrNull("source"u8) is { } source)
        {
            properties[ConverseResponseKeys.CitationSource] = source;
            if (Uri.TryCreate(source, UriKind.Absolute, out var sourceUri) && (sourceUri.Scheme == Uri.UriSchemeHttps || sourceUri.Scheme == Uri.UriSchemeHttp))
            {
                annotation.Url = sourceUri;
            }
        }

        if (citation.TryGetObject("location"u8, out var location))
        {
            AddLocation(location, annotation, properties);
        }

        if (properties.Count > 0)
        {
            annotation.AdditionalProperties = properties;
        }

        if (citedTextLength is { } length)
        {
            // Bedrock cites a whole generated block, so the annotated region is all of that block's text.
            annotation.AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = 0, EndIndex = length }];
        }

        return annotation;
    }

    private static void AddLocation(JsonElement location, CitationAnnotation annotation, AdditionalPropertiesDictionary properties)
    {
        foreach (var kind in LocationKinds)
        {
            if (!location.TryGetProperty(kind, out var value) || value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            properties[ConverseResponseKeys.CitationLocationType] = kind;
            if (kind == "web")
            {
                if (value.GetStringOrNull("url"u8) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
                {
                    annotation.Url = uri;
                }

                if (value.GetStringOrNull("domain"u8) is { } domain)
                {
                    properties[ConverseResponseKeys.CitationDomain] = domain;
                }

                return;
            }

            if ((value.GetInt64OrNull("documentIndex"u8) ?? value.GetInt64OrNull("searchResultIndex"u8)) is { } index)
            {
                properties[ConverseResponseKeys.CitationDocumentIndex] = index;
            }

            if (value.GetInt64OrNull("start"u8) is { } start)
            {
                properties[ConverseResponseKeys.CitationStart] = start;
            }

            if (value.GetInt64OrNull("end"u8) is { } end)
            {
                properties[ConverseResponseKeys.CitationEnd] = end;
            }

            return;
        }
    }

    private static string? JoinSourceContent(JsonElement citation)
    {
        if (!citation.TryGetArray("sourceContent"u8, out var parts))
        {
            return null;
        }

        StringBuilder? builder = null;
        foreach (var part in parts.EnumerateArray())
        {
            if (part.GetStringOrNull("text"u8) is { } text)
            {
                (builder ??= new StringBuilder()).Append(text);
            }
        }

        return builder?.ToString();
    }
}
