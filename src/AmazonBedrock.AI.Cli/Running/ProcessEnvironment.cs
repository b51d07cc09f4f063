namespace AmazonBedrock.AI.Cli.Running;

/// <summary>The real process environment.</summary>
internal sealed class ProcessEnvironment : ICliEnvironment
{
    /// <inheritdoc/>
    public string CurrentDirectory => Environment.CurrentDirectory;

    /// <inheritdoc/>
    public string HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <inheritdoc/>
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc/>
    public void Set(string name, string value) => Environment.SetEnvironmentVariable(name, value);
}
