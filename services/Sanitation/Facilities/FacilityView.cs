using DigitalCity.Contracts;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>A facility as the API shows it; <see cref="Version"/> is what an update must send back.</summary>
public sealed record FacilityView(
    string Code,
    FacilityKind Kind,
    string Name,
    string DistrictCode,
    GeoPoint? Location,
    string? Address,
    string? PlateNumber,
    int? MaxLoadKg,
    string? BinType,
    string? ClearBy,
    string? DisposalMethod,
    bool Retired,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? UpdatedAt,
    long Version)
{
    public static FacilityView From(Facility f) => new(
        f.Code, f.Kind, f.Name, f.DistrictCode, f.Location, f.Address, f.PlateNumber, f.MaxLoadKg, f.BinType,
        f.ClearBy?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), f.DisposalMethod, f.Retired, f.RegisteredAt, f.UpdatedAt, f.Version);
}
