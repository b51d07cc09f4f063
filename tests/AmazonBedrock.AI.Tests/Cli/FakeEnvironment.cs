using AmazonBedrock.AI.Cli.Running;

namespace AmazonBedrock.AI.Tests.Cli;

/// <summary>A dictionary environment in a fresh temporary folder, which is also the home folder (so no real ~/.aws is seen).</summary>
internal sealed class FakeEnvironment : ICliEnvironment, IDisposable
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public FakeEnvironment(params (string Name, string Value)[] variables)
    {
        CurrentDirectory = Directory.CreateTempSubdirectory("bedrock-cli-").FullName;
        foreach (var (name, value) in variables)
        {
            _variables[name] = value;
        }
    }

    public string CurrentDirectory { get; }

    public string HomeDirectory => CurrentDirectory;

    public IReadOnlyDictionary<string, string> Variables => _variables;

    public string? Get(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    public void Set(string name, string value) => _variables[name] = value;

    public string WriteFile(string relativePath, string text)
    {
        string path = Path.Combine(CurrentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(CurrentDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
