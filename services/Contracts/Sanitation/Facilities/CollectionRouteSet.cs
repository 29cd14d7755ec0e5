using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Facilities;

/// <summary>A collection route (清运线路) was laid out or changed: its district, the points and stations it serves, and its crew.</summary>
[EntityName("digitalcity.sanitation.collection-route-set")]
public sealed record CollectionRouteSet(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RouteId,
    string Code,
    string Name,
    string DistrictCode,
    IReadOnlyList<string> FacilityCodes,
    IReadOnlyList<string> Crew,
    long Version) : IIntegrationEvent;
