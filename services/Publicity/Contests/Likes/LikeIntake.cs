using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>What became of a batch of readings: how many of each outcome, and each reading not kept with why.</summary>
public sealed record LikeBatchResult(int Recorded, int Stale, int Frozen, IReadOnlyList<RefusedReading> Refused);

/// <summary>A reading of the batch that was not kept because it is wrong (a decrease, an unknown post), by its index.</summary>
public sealed record RefusedReading(int Index, Guid EntryId, ContestPlatform Platform, LikeOutcome Outcome, string Reason);

/// <summary>
/// Takes like readings for a contest from either channel — the HTTP API or the feed on the broker: checks their shape
/// (each wrong field named), then records them by <see cref="LikeRules"/> in one write. Stale and frozen readings are
/// counted and dropped by rule; a decrease or an unknown post is refused and reported by index, while the rest of the
/// batch still counts.
/// </summary>
public sealed class LikeIntake(IContestStore contests, IResultStore results, ILikeStore likes, LiveTallies live, CityClock city, TimeProvider time)
{
    /// <summary>The most readings one batch may carry.</summary>
    public const int MaxBatch = 5_000;

    /// <summary>How far ahead of this host's clock a reading's time may be (the feeds' clocks drift).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Checks the readings' shape; empty when they may be recorded.</summary>
    public ValidationErrors Check(IReadOnlyList<LikeReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var errors = new ValidationErrors();
        errors.Check(readings.Count is >= 1 and <= MaxBatch, "readings", $"Send 1 to {MaxBatch:N0} readings at a time.");
        var latest = time.GetUtcNow() + ClockSkew;
        for (var i = 0; i < readings.Count && errors.Count < 20; i++)
        {
            errors.Check(readings[i].EntryId != Guid.Empty, $"readings[{i}].entryId", "'entryId' names the entry.");
            errors.Check(Enum.IsDefined(readings[i].Platform), $"readings[{i}].platform", "'platform' is OfficialChannel, Douyin or WeChatChannels.");
            errors.Check(readings[i].Likes >= 0, $"readings[{i}].likes", "'likes' is a count, 0 or more.");
            errors.Check(readings[i].TakenAt <= latest, $"readings[{i}].takenAt", "'takenAt' is when the count was read; it cannot be in the future.");
        }

        return errors;
    }

    /// <summary>Records readings already free of <see cref="Check"/>'s errors; null when there is no such contest.</summary>
    /// <exception cref="InvalidOperationException">The contest's result is locked.</exception>
    public async Task<LikeBatchResult?> RecordAsync(string contestCode, IReadOnlyList<LikeReading> readings, CancellationToken cancellationToken)
    {
        if (await contests.FindAsync(contestCode, cancellationToken) is not { } contest)
        {
            return null;
        }

        if (await results.FindAsync(contestCode, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"The results of {contestCode} are published; likes no longer change.");
        }

        var outcomes = await likes.RecordAsync(contestCode, readings, contest.Rules.EndsAt(city), cancellationToken);
        live.Recorded(contestCode, readings.Where((_, i) => outcomes[i] == LikeOutcome.Recorded));
        var refused = new List<RefusedReading>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] is LikeOutcome.Decreased or LikeOutcome.UnknownPost)
            {
                refused.Add(new RefusedReading(i, readings[i].EntryId, readings[i].Platform, outcomes[i], outcomes[i] == LikeOutcome.Decreased
                    ? "Fewer likes than already counted for this post: a count does not fall, so the reading is refused."
                    : $"Contest {contestCode} has no entry {readings[i].EntryId} with a {readings[i].Platform} post."));
            }
        }

        return new LikeBatchResult(outcomes.Count(o => o == LikeOutcome.Recorded), outcomes.Count(o => o == LikeOutcome.Stale),
            outcomes.Count(o => o == LikeOutcome.Frozen), refused);
    }
}
