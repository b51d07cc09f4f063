namespace AmazonBedrock.AI;

/// <summary>Whether the guardrail trace is returned.</summary>
public enum BedrockGuardrailTrace
{
    /// <summary><c>enabled</c>.</summary>
    Enabled,

    /// <summary><c>disabled</c>.</summary>
    Disabled,

    /// <summary><c>enabled_full</c>: the trace includes every assessment, also the ones that did not intervene.</summary>
    EnabledFull,
}
