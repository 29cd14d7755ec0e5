using System.Security.Claims;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 病害上报 — an inspector or grid officer reports a defect of a cover, optionally as found in a manhole-cover
/// campaign (which must cover the cover's district and today). A retry with the same <c>Idempotency-Key</c>
/// answers the defect the first attempt reported. The key lives on the defect inside the cover's document,
/// so the cover's version check is what keeps two racing retries from both reporting.
/// </summary>
public static class ReportDefect
{
    public sealed record Request(string? Type, Guid? CampaignId, string? Note, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapReportDefect(this RouteGroupBuilder api)
    {
        api.MapPost("/manhole-covers/{code}/defects", HandleAsync)
            .WithName("ReportManholeDefect")
            .WithTags("Manhole covers")
            .WithSummary("Report a defect of a cover (missing, broken, loose…), optionally within a campaign. Send an Idempotency-Key so a retry reports nothing twice.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Reporters))
            .Produces<DefectView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        string code,
        Request request,
        [FromHeader(Name = ReportCase.IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        IManholeCoverStore store,
        ICampaignStore campaigns,
        CityClock city,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var type = DefectTypes.Find(request.Type);
        errors.Check(type is not null, "type", $"'type' must be one of {string.Join(", ", DefectTypes.Codes)}.");
        errors.Check(request.Note is null || request.Note.Length <= 2000, "note", "'note' must be at most 2000 characters.");
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        errors.IdempotencyKey(idempotencyKey);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var reporter = user.UserId();
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(reporter, idempotencyKey, request);
        var cover = await store.FindAsync(code, cancellationToken);
        if (cover is null)
        {
            return GetCover.NotFound(code);
        }

        if (stamp is not null && cover.FindDefectByIdempotencyKey(stamp.ScopedKey) is { } earlier)
        {
            return Replay(cover, earlier, stamp, http);
        }

        var day = city.DayOf(time.GetUtcNow());
        if (request.CampaignId is { } campaignId && CampaignProblem(await campaigns.FindCampaignAsync(campaignId, cancellationToken), campaignId, cover, day) is { } problem)
        {
            return errors.Add("campaignId", problem).ToResult();
        }

        var defect = cover.ReportDefect(new DefectReport(type!, request.CampaignId, day, request.Note?.Trim(), request.PhotoRefs ?? []), reporter, stamp, time);
        try
        {
            await store.SaveAsync(cover, cancellationToken);
        }
        catch (ConcurrencyConflictException) when (stamp is not null)
        {
            // A concurrent retry with the same key may have saved first: answer with its defect if so.
            var reloaded = await store.FindAsync(code, cancellationToken);
            if (reloaded?.FindDefectByIdempotencyKey(stamp.ScopedKey) is { } winner)
            {
                return Replay(reloaded, winner, stamp, http);
            }

            throw;
        }

        return TypedResults.Created($"/api/inspection/manhole-covers/{cover.Code}", DefectView.From(cover, defect));
    }

    /// <summary>Why the campaign cannot hold this report, or null when it can.</summary>
    static string? CampaignProblem(Campaign? campaign, Guid campaignId, ManholeCover cover, DateOnly day) => campaign switch
    {
        null => $"There is no campaign {campaignId}.",
        { InspectionType: not InspectionType.ManholeCovers } => $"Campaign '{campaign.Name}' is a {campaign.InspectionType} campaign, not a manhole-cover one.",
        _ when !campaign.Covers(cover.DistrictCode) => $"Campaign '{campaign.Name}' does not cover district {cover.DistrictCode} of cover {cover.Code}.",
        _ when !campaign.Covers(day) => $"Campaign '{campaign.Name}' runs {campaign.StartDate:yyyy-MM-dd} to {campaign.EndDate:yyyy-MM-dd}, not on {day:yyyy-MM-dd}.",
        _ => null,
    };

    static IResult Replay(ManholeCover cover, ManholeDefect earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Defect {earlier.Id} of cover {cover.Code}", http, () => DefectView.From(cover, earlier));
}
