using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Facilities;

/// <summary>A sanitation facility (collection point, transfer station, disposal site, vehicle, toilet, bin, rest station) was registered.</summary>
[EntityName("digitalcity.sanitation.facility-registered")]
public sealed record FacilityRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid FacilityId,
    string Code,
    string Kind,
    string Name,
    string DistrictCode,
    GeoPoint? Location) : IIntegrationEvent;
