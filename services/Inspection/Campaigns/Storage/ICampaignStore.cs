using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Campaigns.Storage;

/// <summary>The persistence port of special inspection campaigns: campaigns, their groups and their visits.</summary>
public interface ICampaignStore
{
    Task<Campaign?> FindCampaignAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Campaigns newest first, optionally only those covering <paramref name="activeOn"/>.</summary>
    Task<Page<Campaign>> ListCampaignsAsync(DateOnly? activeOn, PageRequest page, CancellationToken cancellationToken);

    Task SaveCampaignAsync(Campaign campaign, CancellationToken cancellationToken);

    Task<InspectionGroup?> FindGroupAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A campaign's groups, by day then name, optionally of one day and/or district.</summary>
    Task<IReadOnlyList<InspectionGroup>> ListGroupsAsync(Guid campaignId, DateOnly? day, string? districtCode, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="userId"/> is an officer of any group of the campaign.</summary>
    Task<bool> IsCampaignOfficerAsync(Guid campaignId, string userId, CancellationToken cancellationToken);

    Task SaveGroupAsync(InspectionGroup group, CancellationToken cancellationToken);

    Task<InspectionVisit?> FindVisitAsync(Guid id, CancellationToken cancellationToken);

    Task<InspectionVisit?> FindVisitByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates a visit with its pending events, atomically. Throws <see cref="ConcurrencyConflictException"/>
    /// when the stored version moved, and <see cref="DuplicateKeyException"/> when the idempotency key is taken.
    /// </summary>
    Task SaveVisitAsync(InspectionVisit visit, CancellationToken cancellationToken);

    /// <summary>A campaign's visits, newest first, filtered as operators and inspectors ask.</summary>
    Task<Page<InspectionVisit>> ListVisitsAsync(VisitFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Visits with a hazard awaiting rectification due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<InspectionVisit>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task<DailySummaryRecord?> FindSummaryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts a published summary with its event; <see cref="DuplicateKeyException"/> when it was published already.</summary>
    Task SaveSummaryAsync(DailySummaryRecord summary, CancellationToken cancellationToken);
}

/// <summary>What visit lists filter by; every part but the campaign is optional.</summary>
/// <param name="GroupIds">Only visits of these groups (an inspector's own).</param>
/// <param name="OpenHazards">Only visits with a hazard not yet rectified.</param>
public sealed record VisitFilter(
    Guid CampaignId,
    DateOnly? Day = null,
    string? DistrictCode = null,
    Guid? PremisesId = null,
    IReadOnlyList<Guid>? GroupIds = null,
    bool? OpenHazards = null);
