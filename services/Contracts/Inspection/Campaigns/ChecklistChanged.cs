using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>检查表 — a version of a checklist template was added; campaigns planned after it use it.</summary>
[EntityName("digitalcity.inspection.checklist-changed")]
public sealed record ChecklistChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Code,
    int Version,
    string InspectionType,
    int ItemCount,
    string ChangedBy) : IIntegrationEvent;
