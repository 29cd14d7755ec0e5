using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Maintenance;

/// <summary>A supervisor cancelled an open maintenance work order, with the reason.</summary>
[EntityName("digitalcity.sanitation.maintenance-order-cancelled")]
public sealed record MaintenanceOrderCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string FacilityCode,
    string Reason,
    string CancelledBy) : IIntegrationEvent;
