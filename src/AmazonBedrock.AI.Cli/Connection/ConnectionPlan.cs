namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>The decided connection: the mode plus the flags that shape it.</summary>
/// <param name="Mode">Where requests go.</param>
/// <param name="Region">The region from <c>--region</c>, if given.</param>
/// <param name="Profile">The profile from <c>--profile</c>, if given.</param>
/// <param name="Endpoint">The endpoint from <c>--endpoint</c>, if given.</param>
/// <param name="Automatic">The emulator was chosen because no AWS credentials could be found, not because it was asked for.</param>
internal sealed record ConnectionPlan(ConnectionMode Mode, string? Region = null, string? Profile = null, Uri? Endpoint = null, bool Automatic = false);
