using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 返工 — a failed re-check sent the case back to its departments (<see cref="DepartmentCodes"/>, working
/// again), or back to filing when no department had it (empty list). <see cref="ReworkCount"/> counts reworks so far.
/// </summary>
[EntityName("digitalcity.inspection.case-rework-ordered")]
public sealed record CaseReworkOrdered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string OrderedBy,
    IReadOnlyList<string> DepartmentCodes,
    int ReworkCount) : IIntegrationEvent;
