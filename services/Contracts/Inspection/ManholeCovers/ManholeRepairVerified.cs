using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 整改核查通过 — the repair was checked on site and accepted: the defect is rectified and counts as such in
/// its campaign's figures (<see cref="CampaignId"/>, <see cref="DistrictCode"/>).
/// </summary>
/// <param name="CoverState">The cover's state after the verification: <c>Good</c>, or <c>Defective</c>/<c>UnderRepair</c> while another defect is open.</param>
[EntityName("digitalcity.inspection.manhole-repair-verified")]
public sealed record ManholeRepairVerified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string DistrictCode,
    string DefectType,
    Guid? CampaignId,
    string CoverState,
    string VerifiedBy) : IIntegrationEvent;
