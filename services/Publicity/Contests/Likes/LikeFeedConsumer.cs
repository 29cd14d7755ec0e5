using DigitalCity.Contracts.Publicity;
using DigitalCity.ServiceDefaults.Domain;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>
/// Takes a platform feed's <see cref="ContestLikesRead"/> batches through the same intake as the API. A batch that
/// cannot be taken at all (malformed, an unknown contest, a locked result) goes to the error queue with the reason and
/// is not retried; within a taken batch, refused readings are logged and the rest count. A redelivered batch is
/// harmless: its readings are then stale.
/// </summary>
public sealed class LikeFeedConsumer(LikeIntake intake, ILogger<LikeFeedConsumer> log) : IConsumer<ContestLikesRead>
{
    public async Task Consume(ConsumeContext<ContestLikesRead> context)
    {
        var message = context.Message;
        var readings = (message.Readings ?? []).Select(r => new LikeReading(r.EntryId,
            Enum.TryParse<ContestPlatform>(r.Platform, ignoreCase: false, out var platform) ? platform : (ContestPlatform)(-1), r.Likes, r.TakenAt)).ToList();
        var errors = intake.Check(readings);
        if (errors.Any)
        {
            throw new RejectedMessageException(
                $"Like readings for {message.ContestCode} refused: {string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
        }

        LikeBatchResult? result;
        try
        {
            result = await intake.RecordAsync(message.ContestCode ?? "", readings, context.CancellationToken);
        }
        catch (InvalidOperationException locked)
        {
            throw new RejectedMessageException(locked.Message);
        }

        if (result is null)
        {
            throw new RejectedMessageException($"No contest {message.ContestCode}.");
        }

        foreach (var refused in result.Refused)
        {
            log.LogWarning("Like reading {Index} for entry {EntryId} on {Platform} refused: {Outcome}", refused.Index, refused.EntryId, refused.Platform, refused.Outcome);
        }

        log.LogInformation("Like feed for {ContestCode}: {Recorded} recorded, {Stale} stale, {Frozen} frozen, {Refused} refused",
            message.ContestCode, result.Recorded, result.Stale, result.Frozen, result.Refused.Count);
    }
}
