using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Facilities;

/// <summary>A sanitation facility's details changed, or it was retired (<see cref="Retired"/>) or brought back.</summary>
[EntityName("digitalcity.sanitation.facility-updated")]
public sealed record FacilityUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid FacilityId,
    string Code,
    string Kind,
    string Name,
    string DistrictCode,
    GeoPoint? Location,
    bool Retired,
    string UpdatedBy) : IIntegrationEvent;
