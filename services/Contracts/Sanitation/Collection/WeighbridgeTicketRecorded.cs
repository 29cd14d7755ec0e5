using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Collection;

/// <summary>
/// What a weighbridge (地磅) at a transfer station or disposal site sends for each weighed load, to the queue
/// <c>sanitation-weighbridge-ticket-recorded</c>. <see cref="WeighbridgeCode"/> and <see cref="TicketNumber"/>
/// identify the load: a ticket delivered twice is recorded once. A ticket the registry refuses (unknown site or
/// vehicle, a weight above the vehicle's ceiling) goes to that queue's <c>_error</c> queue with the reason.
/// </summary>
[EntityName("digitalcity.sanitation.weighbridge-ticket-recorded")]
public sealed record WeighbridgeTicketRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string WeighbridgeCode,
    string TicketNumber,
    string WasteType,
    long WeightKg,
    string SiteCode,
    string? VehicleCode,
    string? DestinationCode,
    DateTimeOffset WeighedAt) : IIntegrationEvent;
