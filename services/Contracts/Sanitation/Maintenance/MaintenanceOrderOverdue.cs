using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Maintenance;

/// <summary>An open maintenance work order passed its due instant; raised once per order by the sanitation service's sweep.</summary>
[EntityName("digitalcity.sanitation.maintenance-order-overdue")]
public sealed record MaintenanceOrderOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string FacilityCode,
    string DistrictCode,
    DateTimeOffset DueAt,
    string AssigneeId) : IIntegrationEvent;
