using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 自处理 — the reporting grid officer fixed a trivial issue on the spot; a shift lead reviews and closes it.
/// </summary>
[EntityName("digitalcity.inspection.case-self-handled")]
public sealed record CaseSelfHandled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string HandledBy,
    string Result,
    IReadOnlyList<string> PhotoRefs) : IIntegrationEvent;
