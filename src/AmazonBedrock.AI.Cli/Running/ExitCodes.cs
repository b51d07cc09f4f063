namespace AmazonBedrock.AI.Cli.Running;

/// <summary>The process exit codes, listed in <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bedrock (or the network, or the AWS configuration) failed.</summary>
    public const int ServiceError = 1;

    /// <summary>The command line was wrong: unknown option, bad value, missing file.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
