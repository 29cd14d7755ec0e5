using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Maintenance;

/// <summary>A maintenance work order was reported done, with the result and photos; <see cref="Late"/> when after its due instant.</summary>
[EntityName("digitalcity.sanitation.maintenance-order-completed")]
public sealed record MaintenanceOrderCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string FacilityCode,
    string Result,
    IReadOnlyList<string> PhotoRefs,
    string CompletedBy,
    bool Late) : IIntegrationEvent;
