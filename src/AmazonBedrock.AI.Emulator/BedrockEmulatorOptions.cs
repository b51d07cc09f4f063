namespace AmazonBedrock.AI.Emulator;

/// <summary>Settings of a <see cref="BedrockEmulator"/>. The defaults accept the AWS documentation's example credentials in any region and any bearer token.</summary>
public sealed class BedrockEmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The access key id that SigV4-signed requests must use. Default <c>AKIDEXAMPLE</c>.</summary>
    public string AccessKeyId { get; set; } = "AKIDEXAMPLE";

    /// <summary>The secret access key signatures are verified with. Default <c>wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY</c>.</summary>
    public string SecretAccessKey { get; set; } = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>The only bearer token (Bedrock API key) accepted; <see langword="null"/> (the default) accepts any non-empty bearer token.</summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// The session token SigV4 requests must carry as <c>X-Amz-Security-Token</c> (and sign); <see langword="null"/> (the default)
    /// accepts requests with any session token or none.
    /// </summary>
    public string? SessionToken { get; set; }

    /// <summary>Whether requests must carry a valid SigV4 signature or an accepted bearer token. Default <see langword="true"/>.</summary>
    public bool VerifySignatures { get; set; } = true;

    /// <summary>How far <c>X-Amz-Date</c> may be from the emulator's clock before the signature is rejected as expired or not yet current. Default 15 minutes, as AWS.</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The clock used for <c>Date</c> headers and signature time checks; set a fake one to test clock-skew handling. Default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether request bodies are validated as Bedrock validates them (roles, blank text, tool ids, formats, model ids). Default <see langword="true"/>.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>Faults applied to requests that no scripted response answers, by rate and model id pattern.</summary>
    public IList<EmulatorFault> Faults { get; } = new List<EmulatorFault>();

    /// <summary>The seed of the random sequence that decides rate-based faults, so a run is reproducible. Default 0.</summary>
    public int FaultSeed { get; set; }

    /// <summary>The key the simulated reasoning signatures are made with; replayed reasoning must carry a signature made with it.</summary>
    public string ReasoningSignatureKey { get; set; } = "bedrock-emulator-reasoning";

    /// <summary>The number of words per simulated text delta in streams. Default 3.</summary>
    public int WordsPerDelta { get; set; } = 3;

    /// <summary>Whether the emulator logs requests to the console (the standalone program turns it on). Default <see langword="false"/>.</summary>
    public bool LogRequests { get; set; }
}
