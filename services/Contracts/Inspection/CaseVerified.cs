using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 核实 — the grid officer answered the verification; the case awaits acceptance again.
/// <see cref="Confirmed"/> says whether the reported issue is real.
/// <see cref="OnTime"/>: whether it came within the step's time limit (null when no limit applied).
/// </summary>
[EntityName("digitalcity.inspection.case-verified")]
public sealed record CaseVerified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string OfficerId,
    bool Confirmed,
    string? Comment,
    IReadOnlyList<string> PhotoRefs,
    bool? OnTime = null) : IIntegrationEvent;
