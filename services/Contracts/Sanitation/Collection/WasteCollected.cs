using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Collection;

/// <summary>
/// A load of waste was collected and recorded (清运记录): <see cref="WeightKg"/> whole kilograms of
/// <see cref="WasteType"/> (<c>Household</c>, <c>Kitchen</c>, <c>Recyclable</c>, <c>Hazardous</c>) at
/// <see cref="SiteCode"/> on the city-local <see cref="Day"/>. Raised once per record: the same weighbridge
/// ticket delivered again raises nothing. The event id is the record's id.
/// </summary>
/// <param name="Ticket">The record's unique ticket: the ticket (磅单号) sent with it, <c>{weighbridgeCode}/{ticketNumber}</c> from a weighbridge, or <c>key:{user}:{Idempotency-Key}</c>.</param>
/// <param name="CollectedAt">When the load was collected, with the offset it was recorded with.</param>
/// <param name="Source">How it was recorded: <c>staff</c> (the API), <c>import:{user}</c> (a CSV import) or <c>weighbridge:{weighbridgeCode}</c>.</param>
[EntityName("digitalcity.sanitation.waste-collected")]
public sealed record WasteCollected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RecordId,
    string Ticket,
    string WasteType,
    long WeightKg,
    string SiteCode,
    string DistrictCode,
    string? VehicleCode,
    string? DestinationCode,
    DateTimeOffset CollectedAt,
    DateOnly Day,
    string Source) : IIntegrationEvent;
