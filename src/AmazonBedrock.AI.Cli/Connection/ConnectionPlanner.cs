using AmazonBedrock.AI.Cli.Parsing;
using AmazonBedrock.AI.Cli.Running;

namespace AmazonBedrock.AI.Cli.Connection;

/// <summary>Decides where requests go from the flags and the environment.</summary>
internal static class ConnectionPlanner
{
    /// <summary>
    /// <c>--emulator</c> and <c>--endpoint</c> win. Otherwise, when no flag names AWS settings and no credentials can be seen
    /// anywhere, the embedded emulator is used so that the tool works on a machine with no AWS account.
    /// </summary>
    public static ConnectionPlan Plan(CliCommand command, ICliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Emulator)
        {
            return new ConnectionPlan(ConnectionMode.Emulator);
        }

        if (command.Endpoint is not null)
        {
            return new ConnectionPlan(ConnectionMode.Endpoint, command.Region, command.Profile, command.Endpoint);
        }

        bool askedForAws = command.Region is not null || command.Profile is not null;
        if (!askedForAws && !CredentialProbe.AnyConfigured(environment))
        {
            return new ConnectionPlan(ConnectionMode.Emulator, Automatic: true);
        }

        return new ConnectionPlan(ConnectionMode.Aws, command.Region, command.Profile);
    }
}
