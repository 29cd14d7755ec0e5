using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Campaigns.Sweeps;

/// <summary>
/// 整改逾期 — flags the rectifications past their due instant and, where the campaign escalates, reports
/// each into the closed loop as a case (上报) under the campaign's escalation category. The case carries an
/// idempotency key of the hazard and its order, so a pass that fails after reporting it finds the same case
/// next time; the flag and its event are one optimistic save of the visit, so replicas raise it once.
/// </summary>
public sealed partial class OverdueRectifications(
    ICampaignStore campaigns,
    ICaseStore cases,
    CategoryBookStore categories,
    PlaceDirectoryProvider places,
    CityClock city,
    CampaignSweepOptions options,
    TimeProvider time,
    ILogger<OverdueRectifications> logger)
{
    public const string Reporter = "campaign-escalation";

    /// <summary>One pass; returns how many rectifications it flagged.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var flagged = 0;
        var now = time.GetUtcNow();
        var known = new Dictionary<Guid, Campaign?>();
        while (true)
        {
            var due = await campaigns.FindDueAsync(now, options.PageSize, cancellationToken);
            var progress = 0;
            foreach (var visit in due)
            {
                if (!known.TryGetValue(visit.CampaignId, out var campaign))
                {
                    known[visit.CampaignId] = campaign = await campaigns.FindCampaignAsync(visit.CampaignId, cancellationToken);
                }

                progress += await FlagAsync(visit, campaign, now, cancellationToken);
            }

            flagged += progress;
            if (due.Count < options.PageSize || progress == 0)
            {
                return flagged;
            }
        }
    }

    async Task<int> FlagAsync(InspectionVisit visit, Campaign? campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caseIds = new Dictionary<Guid, Guid>();
        if (campaign?.EscalationCategoryCode is { } category)
        {
            foreach (var hazard in visit.DueHazards(now))
            {
                if (await ReportCaseAsync(visit, hazard, campaign, category, cancellationToken) is { } caseId)
                {
                    caseIds[hazard.Id] = caseId;
                }
            }
        }

        var flagged = visit.MarkOverdue(city.DayOf(now), caseIds, time);
        try
        {
            await campaigns.SaveVisitAsync(visit, cancellationToken);
            return flagged.Count;
        }
        catch (ConcurrencyConflictException)
        {
            // Another replica flagged it, or an officer re-inspected it meanwhile: the next pass sees the result.
            return 0;
        }
    }

    async Task<Guid?> ReportCaseAsync(InspectionVisit visit, Hazard hazard, Campaign campaign, string categoryCode, CancellationToken cancellationToken)
    {
        if (visit.Premises.Location is not { } location)
        {
            LogNoLocation(hazard.Id, visit.Premises.Name);
            return null;
        }

        var stamp = new IdempotencyStamp($"{Reporter}|{hazard.Id}|{hazard.Round}", "escalation");
        if (await cases.FindByIdempotencyKeyAsync(stamp.ScopedKey, cancellationToken) is { } earlier)
        {
            return earlier.Id;
        }

        var category = (await categories.CatalogAsync(cancellationToken)).Find(categoryCode, time.GetUtcNow());
        if (category is not { Active: true })
        {
            LogCategoryRetired(campaign.Name, categoryCode);
            return null;
        }

        var directory = await places.GetAsync(cancellationToken);
        var place = directory.Assign(location) is { } assignment ? CasePlace.From(assignment) : null;
        var description = $"专项行动「{campaign.Name}」整改逾期：{visit.Premises.Name}，{hazard.ItemText}（第 {hazard.Round} 次限期，{hazard.DueAt:yyyy-MM-dd HH:mm} UTC 到期）";
        var @case = Case.Report(new CaseReport(location, visit.Premises.Address, description, hazard.PhotoRefs), category, Reporter, stamp, time, place);
        try
        {
            await cases.SaveAsync(@case, cancellationToken);
            return @case.Id;
        }
        catch (DuplicateKeyException)
        {
            return (await cases.FindByIdempotencyKeyAsync(stamp.ScopedKey, cancellationToken))?.Id;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hazard {HazardId} at {Premises} is overdue but the premises have no location; no case was reported")]
    partial void LogNoLocation(Guid hazardId, string premises);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {Campaign} escalates under category {Category}, which is not in effect; no case was reported")]
    partial void LogCategoryRetired(string campaign, string category);
}
