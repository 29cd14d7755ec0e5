using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 一户一档建档 — a premises (a shop, restaurant, market, gas company …) got its file in the registry, so
/// campaigns can plan visits to it. The contact person and phone stay in the registry: events carry no
/// personal data.
/// </summary>
/// <param name="Type">Restaurant, Supermarket, Market, GasCompany, Hotel, School, Hospital, Factory, Residential or Other.</param>
/// <param name="GridCode">The unit grid its location falls in, when it has a location inside one.</param>
/// <param name="CreditCode">统一社会信用代码, when known.</param>
[EntityName("digitalcity.inspection.premises-registered")]
public sealed record PremisesRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PremisesId,
    string Name,
    string Type,
    string Address,
    GeoPoint? Location,
    string DistrictCode,
    string? GridCode,
    string? GasSupplier,
    string? CreditCode,
    string RegisteredBy) : IIntegrationEvent;
