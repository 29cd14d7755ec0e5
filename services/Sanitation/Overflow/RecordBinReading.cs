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
/// A batch records its readings one after another, each with the status it would have had alone.
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

    /// <summary>The most readings one batch carries.</summary>
    public const int MaxBatch = 500;

    public sealed record Request(string? BinCode, int? FillLevelPercent, DateTimeOffset? MeasuredAt, string? ReadingId);

    public sealed record BatchRequest(IReadOnlyList<Request>? Readings);

    /// <summary>One reading of a batch: its position, the status a single request would have had, and its answer or errors.</summary>
    public sealed record BatchItem(int Index, int Status, Answer? Answer, IReadOnlyDictionary<string, string[]>? Errors);

    public sealed record BatchAnswer(IReadOnlyList<BatchItem> Results);

    /// <summary>What the reading did: the bin's level now, whether this reading was new, and the bin's open collection task (opened by it or earlier).</summary>
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

        api.MapPost("/bin-readings/batch", HandleBatchAsync)
            .WithName("RecordBinReadings")
            .WithTags("Overflow")
            .WithSummary("Up to 500 readings at once, each recorded as a single one would be; every reading has its own status.")
            .RequireAuthorization(p => p.RequireRole(Roles.ExternalSystem, Roles.SanitationSupervisor))
            .Produces<BatchAnswer>()
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
        var (answer, errors) = await RecordAsync(request, user.UserId(), levels, overflow, cancellationToken);
        if (answer is null)
        {
            return errors!.ToResult();
        }

        if (answer.Duplicate)
        {
            http.Response.Headers[IdempotentReplay.ReplayedHeader] = "true";
            return TypedResults.Ok(answer);
        }

        return TypedResults.Created($"/api/sanitation/bin-levels/{answer.BinCode}", answer);
    }

    static async Task<IResult> HandleBatchAsync(
        BatchRequest request,
        ClaimsPrincipal user,
        IBinLevelStore levels,
        OverflowTasks overflow,
        CancellationToken cancellationToken)
    {
        var readings = request.Readings ?? [];
        var errors = new ValidationErrors().Check(readings.Count is >= 1 and <= MaxBatch, "readings", $"Send 1 to {MaxBatch} readings.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var results = new List<BatchItem>(readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            var (answer, refused) = await RecordAsync(readings[i], user.UserId(), levels, overflow, cancellationToken);
            var status = answer is null ? StatusCodes.Status400BadRequest : answer.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created;
            results.Add(new BatchItem(i, status, answer, refused?.ToDictionary()));
        }

        return TypedResults.Ok(new BatchAnswer(results));
    }

    /// <summary>Validates and records one reading: its answer, or the field errors that refused it.</summary>
    static async Task<(Answer? Answer, ValidationErrors? Errors)> RecordAsync(
        Request request, string sender, IBinLevelStore levels, OverflowTasks overflow, CancellationToken cancellationToken)
    {
        var time = overflow.Time;
        var errors = new ValidationErrors().Required("readingId", request.ReadingId, 128);
        errors.Check(request.FillLevelPercent is >= 0 and <= 100, "fillLevelPercent", "'fillLevelPercent' is required and must be 0 to 100.");
        errors.Required("measuredAt", request.MeasuredAt);
        errors.Check(request.MeasuredAt is null || request.MeasuredAt <= time.GetUtcNow() + ClockSkew, "measuredAt", "'measuredAt' must not be in the future.");
        var bin = await overflow.FindBinAsync(request.BinCode, "binCode", errors, cancellationToken);
        if (errors.Any)
        {
            return (null, errors);
        }

        var reading = new BinReading(request.ReadingId!.Trim(), request.FillLevelPercent!.Value, request.MeasuredAt!.Value.ToUniversalTime());
        var threshold = overflow.Options.ThresholdFor(bin!.BinType);
        for (var attempt = 1; ; attempt++)
        {
            var level = await levels.FindAsync(bin.Code, cancellationToken) ?? BinLevel.For(bin.Code, time);
            var outcome = level.Record(reading, bin.BinType, threshold, time);
            if (outcome == ReadingOutcome.Duplicate)
            {
                var open = await overflow.Tasks.FindOpenForFacilityAsync(bin.Code, cancellationToken);
                return (new Answer(bin.Code, reading.ReadingId, true, false, BinLevelView.From(level), open?.Id, false), null);
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
                task = await overflow.OpenAsync(
                    overflow.Sighting(TaskSource.Sensor, bin.Code, bin.Location!, bin.Address ?? bin.Name, description, [], sender, reading), cancellationToken);
            }

            var taskId = task?.Task.Id ?? (await overflow.Tasks.FindOpenForFacilityAsync(bin.Code, cancellationToken))?.Id;
            return (new Answer(bin.Code, reading.ReadingId, false, outcome == ReadingOutcome.Stale, BinLevelView.From(level), taskId, task?.Opened ?? false), null);
        }
    }
}
