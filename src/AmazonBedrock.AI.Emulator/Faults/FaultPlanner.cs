namespace AmazonBedrock.AI.Emulator;

/// <summary>Decides, deterministically for a seed and an arrival order, which configured faults apply to a request.</summary>
internal sealed class FaultPlanner
{
    private readonly BedrockEmulatorOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public FaultPlanner(BedrockEmulatorOptions options)
    {
        _options = options;
        _random = new Random(options.FaultSeed);
    }

    /// <summary>Returns the faults that hit this request: every latency fault that hits, and the first other fault that hits.</summary>
    public IReadOnlyList<EmulatorFault> Plan(string? modelId, string operation)
    {
        var hits = new List<EmulatorFault>();
        bool hasFailure = false;
        lock (_gate)
        {
            foreach (var fault in _options.Faults)
            {
                if (!fault.Matches(modelId ?? operation))
                {
                    continue;
                }

                // Draw for every matching fault so that the sequence depends only on the seed and the requests.
                bool hit = fault.Rate >= 1.0 || _random.NextDouble() < fault.Rate;
                if (!hit)
                {
                    continue;
                }

                if (fault.Kind == EmulatorFaultKind.Latency)
                {
                    hits.Add(fault);
                }
                else if (!hasFailure)
                {
                    hits.Add(fault);
                    hasFailure = true;
                }
            }
        }

        return hits;
    }
}
