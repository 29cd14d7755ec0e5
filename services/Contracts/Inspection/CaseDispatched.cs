using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 派遣 — a dispatcher sent the case to one or several departments, each with its handling due instant.
/// A case already being worked on can be dispatched to a further department (after a return).
/// <see cref="OnTime"/>: whether filing and dispatch together kept within the file+dispatch step limit. The
/// case's category, place and report travel with it so a department's own system can open its task
/// from this event alone.
/// </summary>
[EntityName("digitalcity.inspection.case-dispatched")]
public sealed record CaseDispatched(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DispatchedBy,
    IReadOnlyList<DispatchedDepartment> Departments,
    bool? OnTime = null,
    string? CategoryCode = null,
    string? CategoryName = null,
    GeoPoint? Location = null,
    string? Address = null,
    string? Description = null,
    IReadOnlyList<string>? PhotoRefs = null) : IIntegrationEvent;
