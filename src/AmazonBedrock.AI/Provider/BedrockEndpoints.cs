using System.Text.RegularExpressions;

namespace AmazonBedrock.AI.Provider;

/// <summary>Region validation and the Bedrock endpoint of each AWS partition.</summary>
internal static partial class BedrockEndpoints
{
    // One row per partition: region pattern, DNS suffix, dual-stack DNS suffix (null where the partition has none).
    private static readonly (Regex Pattern, string Name, string DnsSuffix, string? DualStackDnsSuffix)[] Partitions =
    [
        (CnRegion(), "aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn"),
        (EuscRegion(), "aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu"),
        (IsoRegion(), "aws-iso", "c2s.ic.gov", "api.aws.ic.gov"),
        (IsobRegion(), "aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud"),
        (IsoeRegion(), "aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"),
        (IsofRegion(), "aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov"),
        (GovRegion(), "aws-us-gov", "amazonaws.com", "api.aws"),
    ];

    /// <summary>
    /// True for a plain region name (<c>us-east-1</c>, <c>us-gov-west-1</c>, <c>eu-isoe-west-1</c>):
    /// lowercase letters and digits in dash-separated parts. Anything else could change the host, so it is refused.
    /// </summary>
    public static bool IsValidRegion(string? region) => region is { Length: > 0 and <= 40 } && RegionShape().IsMatch(region);

    /// <summary>The AWS partition id of a region (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, …).</summary>
    public static string PartitionOf(string region) => Find(region).Name;

    /// <summary>The partition's DNS suffix for a region: <c>amazonaws.com</c>, <c>amazonaws.com.cn</c>, <c>c2s.ic.gov</c>, ….</summary>
    public static string DnsSuffixOf(string region) => Find(region).DnsSuffix;

    /// <summary>
    /// The regional endpoint for a host prefix (<c>bedrock-runtime</c> or <c>bedrock-agent-runtime</c>),
    /// following the service's endpoint rules for FIPS and dual-stack.
    /// </summary>
    public static Uri ForRegion(string hostPrefix, string region, bool useFips, bool useDualStack)
    {
        if (!IsValidRegion(region))
        {
            throw new ArgumentException($"'{region}' is not a valid AWS region name (expected something like 'us-east-1').", nameof(region));
        }

        var partition = Find(region);
        string suffix;
        if (useDualStack)
        {
            suffix = partition.DualStackDnsSuffix
                ?? throw new ArgumentException($"Dual-stack endpoints are not available in the partition of region '{region}'.", nameof(useDualStack));
        }
        else
        {
            suffix = partition.DnsSuffix;
        }

        var prefix = useFips ? hostPrefix + "-fips" : hostPrefix;
        return new Uri($"https://{prefix}.{region}.{suffix}/");
    }

    private static (Regex Pattern, string Name, string DnsSuffix, string? DualStackDnsSuffix) Find(string region)
    {
        foreach (var partition in Partitions)
        {
            if (partition.Pattern.IsMatch(region))
            {
                return partition;
            }
        }

        return (RegionShape(), "aws", "amazonaws.com", "api.aws");
    }

    [GeneratedRegex("^[a-z]{2,}(-[a-z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionShape();

    [GeneratedRegex(@"^cn-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex CnRegion();

    [GeneratedRegex(@"^eusc-de-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex EuscRegion();

    [GeneratedRegex(@"^us-iso-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegion();

    [GeneratedRegex(@"^us-isob-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IsobRegion();

    [GeneratedRegex(@"^eu-isoe-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoeRegion();

    [GeneratedRegex(@"^us-isof-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IsofRegion();

    [GeneratedRegex(@"^us-gov-\w+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex GovRegion();
}
