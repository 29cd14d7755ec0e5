using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Maintenance;

/// <summary>A maintenance work order (维修工单) was opened for a registered facility and assigned to a staff member.</summary>
/// <param name="Priority"><c>Low</c>, <c>Normal</c>, <c>High</c> or <c>Urgent</c>.</param>
[EntityName("digitalcity.sanitation.maintenance-order-opened")]
public sealed record MaintenanceOrderOpened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string FacilityCode,
    string FacilityKind,
    string DistrictCode,
    string Priority,
    DateTimeOffset DueAt,
    string AssigneeId,
    string OpenedBy) : IIntegrationEvent;
