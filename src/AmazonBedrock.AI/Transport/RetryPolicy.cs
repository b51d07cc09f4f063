using System.Globalization;
using System.Net.Http.Headers;

namespace AmazonBedrock.AI.Transport;

/// <summary>
/// The AWS SDKs' "standard" retry mode: retryable errors and transient network failures are retried up to
/// <see cref="MaxRetries"/> times with full-jitter exponential backoff (base 1 s, cap 20 s), a shared retry quota
/// (500 tokens, 5 per retry, 10 per timeout retry, refunded on success), and server hints
/// (<c>x-amz-retry-after</c> in milliseconds, <c>Retry-After</c> in seconds or as a date) honoured.
/// </summary>
internal sealed class RetryPolicy(int maxRetries, TimeProvider time, Func<double>? random = null)
{
    public const int InitialQuota = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int NoRetryIncrement = 1;

    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;
    private int _quota = InitialQuota;

    public int MaxRetries { get; } = maxRetries >= 0 ? maxRetries : throw new ArgumentOutOfRangeException(nameof(maxRetries), "MaxRetries cannot be negative.");

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Tokens left in the retry quota.</summary>
    public int Quota => Volatile.Read(ref _quota);

    /// <summary>
    /// Decides whether attempt number <paramref name="retriesSoFar"/> + 1 may be retried, and takes its cost from the quota.
    /// Returns the cost taken (to refund on success), or null when no retry should happen.
    /// </summary>
    public int? TryAcquire(int retriesSoFar, bool isTimeout)
    {
        if (retriesSoFar >= MaxRetries)
        {
            return null;
        }

        var cost = isTimeout ? TimeoutRetryCost : RetryCost;
        while (true)
        {
            var current = Volatile.Read(ref _quota);
            if (current < cost)
            {
                return null;
            }

            if (Interlocked.CompareExchange(ref _quota, current - cost, current) == current)
            {
                return cost;
            }
        }
    }

    /// <summary>Gives tokens back after a success: the cost of the last retry, or 1 when no retry was needed.</summary>
    public void Release(int? lastRetryCost)
    {
        var refund = lastRetryCost ?? NoRetryIncrement;
        while (true)
        {
            var current = Volatile.Read(ref _quota);
            var next = Math.Min(InitialQuota, current + refund);
            if (next == current || Interlocked.CompareExchange(ref _quota, next, current) == current)
            {
                return;
            }
        }
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based), with the server's hint applied.</summary>
    public TimeSpan DelayFor(int retry, HttpResponseHeaders? headers)
    {
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1), MaxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(_random() * ceiling);
        if (headers is not null && ServerHint(headers) is { } hint)
        {
            // The hint can lengthen the wait but never beyond the cap, so a misbehaving server cannot park the caller.
            var capped = hint < MaxDelay ? hint : MaxDelay;
            if (capped > delay)
            {
                delay = capped;
            }
        }

        return delay;
    }

    /// <summary>Waits, honouring cancellation.</summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);

    private TimeSpan? ServerHint(HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("x-amz-retry-after", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - time.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }
}
