using System.Security.Claims;
using DigitalCity.Sanitation.Overflow.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>
/// 满溢监测 — the sensor platform reports a bin's fill level. The bin's latest level is kept; a reading at or above
/// the threshold of the bin's type opens one collection task for it, due <see cref="OverflowOptions.Deadline"/>
/// later, unless one is open already. The same reading id sent again is recorded once (200, <c>duplicate: true</c>).
/// </summary>
/// <remarks>
/// The level and the task are two saves: a crash between them leaves the bin without its task until its next
/// reading above the threshold, which sensors send every few minutes.
/// </remarks>
public static class RecordBinReading
{
    /// <summary>A sensor's clock may run a little ahead of ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Saves racing on one bin are retried this often before the request gives up with 409.</summary>
    const int Attempts = 5;

    public sealed record Request(string? BinCode, int? FillLevelPercent, DateTimeOffset? MeasuredAt, string? ReadingId);

    /// <summary>What the reading did: the bin's level now, whether this reading was new, and the bin's open collection task.</summary>
    public sealed record Answer(
        string BinCode,
        string ReadingId,
        bool Duplicate,
        bool Stale,
        BinLevelView Level,
        Guid? TaskId,
        bool TaskOpened);

    public static RouteGroupBuilder MapRecordBinReading(this RouteGroupBuilder api)
    {
        api.MapPost("/bin-readings", HandleAsync)
            .WithName("RecordBinReading")
            .WithTags("Overflow")
            .WithSummary("A bin's fill level from the sensor platform; at or above its threshold it opens one collection task.")
            .RequireAuthorization(p => p.RequireRole(Roles.ExternalSystem, Roles.SanitationSupervisor))
            .Produces<Answer>(StatusCodes.Status201Created)
            .Produces<Answer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        ClaimsPrincipal user,
        IBinLevelStore levels,
        OverflowTasks overflow,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var time = overflow.Time;
        var now = time.GetUtcNow();
        var errors = new ValidationErrors().Required("readingId", request.ReadingId, 128);
        errors.Check(request.FillLevelPercent is >= 0 and <= 100, "fillLevelPercent", "'fillLevelPercent' is required and must be 0 to 100.");
        errors.Required("measuredAt", request.MeasuredAt);
        errors.Check(request.MeasuredAt is null || request.MeasuredAt <= now + ClockSkew, "measuredAt", "'measuredAt' must not be in the future.");
        var bin = await overflow.FindBinAsync(request.BinCode, "binCode", errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var reading = new BinReading(request.ReadingId!.Trim(), request.FillLevelPercent!.Value, request.MeasuredAt!.Value.ToUniversalTime());
        var threshold = overflow.Options.ThresholdFor(bin!.BinType);
        for (var attempt = 1; ; attempt++)
        {
            var level = await levels.FindAsync(bin.Code, cancellationToken) ?? BinLevel.For(bin.Code, time);
            var outcome = level.Record(reading, bin.BinType, threshold, time);
            if (outcome == ReadingOutcome.Duplicate)
            {
                http.Response.Headers[IdempotentReplay.ReplayedHeader] = "true";
                var open = await overflow.Tasks.FindOpenForFacilityAsync(bin.Code, cancellationToken);
                return TypedResults.Ok(new Answer(bin.Code, reading.ReadingId, true, false, BinLevelView.From(level), open?.Id, false));
            }

            try
            {
                await levels.SaveAsync(level, cancellationToken);
            }
            catch (Exception raced) when (raced is ConcurrencyConflictException or DuplicateKeyException && attempt < Attempts)
            {
                continue;
            }

            (SanitationTask Task, bool Opened)? task = null;
            if (outcome == ReadingOutcome.Latest && level.Overflowing)
            {
                var description = $"满溢: {bin.Name} ({bin.Code}, {bin.BinType ?? "bin"}) at {reading.FillLevelPercent}% (threshold {threshold}%)";
                var sighting = overflow.Sighting(TaskSource.Sensor, bin.Code, bin.Location!, bin.Address ?? bin.Name, description, [], user.UserId())
                    with
                { FillLevelPercent = reading.FillLevelPercent, ReadingId = reading.ReadingId };
                task = await overflow.OpenAsync(sighting, cancellationToken);
            }

            return TypedResults.Created($"/api/sanitation/bin-levels/{bin.Code}",
                new Answer(bin.Code, reading.ReadingId, false, outcome == ReadingOutcome.Stale, BinLevelView.From(level), task?.Task.Id, task?.Opened ?? false));
        }
    }
}
