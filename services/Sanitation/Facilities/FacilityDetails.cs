using DigitalCity.Contracts;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>
/// A facility's registered details, validated (<see cref="FacilityForm"/>). Fields that only some kinds
/// have are null for the others: a vehicle's plate and load ceiling, a bin's type, a point's clearance
/// deadline, a disposal site's method.
/// </summary>
public sealed record FacilityDetails(
    FacilityKind Kind,
    string Name,
    string DistrictCode,
    GeoPoint? Location,
    string? Address,
    string? PlateNumber = null,
    int? MaxLoadKg = null,
    string? BinType = null,
    TimeOnly? ClearBy = null,
    string? DisposalMethod = null);
