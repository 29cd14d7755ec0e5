using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 整改逾期 — a hazard's rectification passed its due instant unconfirmed. <see cref="CaseId"/> names the
/// closed-loop case opened for it when the campaign escalates overdue rectifications. <see cref="Day"/> is the
/// city date it went overdue, <see cref="VisitDay"/> that of the visit that found it (the figures count it there).
/// </summary>
[EntityName("digitalcity.inspection.rectification-overdue")]
public sealed record RectificationOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HazardId,
    Guid VisitId,
    Guid CampaignId,
    Guid PremisesId,
    string PremisesName,
    string DistrictCode,
    DateOnly Day,
    DateOnly VisitDay,
    string ItemCode,
    DateTimeOffset DueAt,
    int Round,
    Guid? CaseId) : IIntegrationEvent;
