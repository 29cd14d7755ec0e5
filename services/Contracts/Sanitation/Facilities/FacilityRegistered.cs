using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Facilities;

/// <summary>A sanitation facility (collection point, transfer station, disposal site, vehicle, toilet, bin, rest station) was registered.</summary>
/// <param name="Kind"><c>CollectionPoint</c>, <c>TransferStation</c>, <c>DisposalSite</c>, <c>Vehicle</c>, <c>PublicToilet</c>, <c>LitterBin</c> or <c>RestStation</c>.</param>
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
