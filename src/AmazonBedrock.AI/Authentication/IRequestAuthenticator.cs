namespace AmazonBedrock.AI.Authentication;

/// <summary>Adds authentication to an outgoing request whose headers and body are final.</summary>
internal interface IRequestAuthenticator
{
    /// <summary>True when requests are signed with SigV4 (and so are sensitive to clock skew).</summary>
    bool SignsRequests { get; }

    /// <summary>Authenticates <paramref name="request"/>, whose content is exactly <paramref name="body"/>.</summary>
    /// <param name="request">The request, with every header that should be signed already set.</param>
    /// <param name="body">The exact bytes of the request body.</param>
    /// <param name="signingTime">The time to sign with (the clock, corrected for skew).</param>
    /// <param name="templated">When the request was built to the transport's <see cref="SigV4HeaderTemplate"/>: it and the slot values.</param>
    /// <param name="cancellationToken">Cancels credential resolution.</param>
    ValueTask AuthenticateAsync(HttpRequestMessage request, byte[] body, DateTimeOffset signingTime, SigV4Signer.TemplatedHeaders? templated, CancellationToken cancellationToken);
}
