namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>Where requests go.</summary>
internal enum ConnectionMode
{
    /// <summary>Amazon Bedrock, with region and credentials from flags, the environment and the AWS config files.</summary>
    Aws,

    /// <summary>An endpoint given with <c>--endpoint</c> (a proxy, a VPC endpoint or a running emulator).</summary>
    Endpoint,

    /// <summary>The emulator, started inside this process.</summary>
    Emulator,
}
