namespace AmazonBedrock.AI.Cli.Running;

/// <summary>The process environment as the tool sees it; replaced by a dictionary in tests.</summary>
internal interface ICliEnvironment
{
    /// <summary>Reads a variable; <see langword="null"/> when unset.</summary>
    string? Get(string name);

    /// <summary>Sets a variable for this process.</summary>
    void Set(string name, string value);

    /// <summary>The folder the tool runs in (where <c>.env</c> is looked for).</summary>
    string CurrentDirectory { get; }

    /// <summary>The user's home folder, where <c>~/.aws</c> lives.</summary>
    string HomeDirectory { get; }
}
