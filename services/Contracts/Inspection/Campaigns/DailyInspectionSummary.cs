using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 每日汇总 — a campaign's figures for one district and one city day, published once after that day ends:
/// the numbers a bureau's daily report is written from.
/// </summary>
[EntityName("digitalcity.inspection.daily-inspection-summary")]
public sealed record DailyInspectionSummary(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    string CampaignName,
    string DistrictCode,
    DateOnly Day,
    int GroupsSent,
    int OfficersSent,
    int PremisesChecked,
    int HazardsFound,
    IReadOnlyDictionary<string, int> HazardsByType,
    int RectifiedImmediately,
    int RectifiedLater,
    int Overdue) : IIntegrationEvent;
