using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>检查组 — a campaign sent an inspection group of <see cref="OfficerIds"/> into a district for one day.</summary>
[EntityName("digitalcity.inspection.inspection-group-formed")]
public sealed record InspectionGroupFormed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid GroupId,
    Guid CampaignId,
    string DistrictCode,
    DateOnly Day,
    string Name,
    string LeaderId,
    IReadOnlyList<string> OfficerIds) : IIntegrationEvent;
