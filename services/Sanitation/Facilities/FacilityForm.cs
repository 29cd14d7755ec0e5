using System.Globalization;
using System.Text.RegularExpressions;
using DigitalCity.Contracts;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>
/// A facility as a supervisor enters it. <see cref="Check"/> validates it, naming each wrong field: a location
/// for everything but vehicles, a plate and a load ceiling for vehicles, a bin type for litter bins, a method
/// for disposal sites, and no field that does not belong to the kind.
/// </summary>
public sealed partial record FacilityForm(
    FacilityKind? Kind,
    string? Name,
    string? DistrictCode,
    FacilityForm.Point? Location,
    string? Address,
    string? PlateNumber,
    int? MaxLoadKg,
    string? BinType,
    string? ClearBy,
    string? DisposalMethod)
{
    /// <summary>Heavier than any refuse truck's payload; a ceiling above it is a typing error.</summary>
    public const int MaxVehicleLoadKg = 40_000;

    public sealed record Point(double? Longitude, double? Latitude);

    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static bool IsDistrictCode(string? code) => code is not null && DistrictPattern().IsMatch(code);

    public FacilityDetails? Check(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("kind", Kind).Required("name", Name);
        errors.Check(IsDistrictCode(DistrictCode), "districtCode", "'districtCode' must be a 6-digit administrative code (e.g. 410811).");
        errors.Check(Address is null || Address.Length <= 200, "address", "'address' must be at most 200 characters.");
        if (Location is not null || Kind is not FacilityKind.Vehicle)
        {
            errors.Coordinates("location", Location?.Longitude, Location?.Latitude);
        }

        var isVehicle = Kind is FacilityKind.Vehicle;
        OnlyFor(errors, isVehicle, "plateNumber", PlateNumber, "vehicles");
        OnlyFor(errors, isVehicle, "maxLoadKg", MaxLoadKg, "vehicles");
        OnlyFor(errors, Kind is FacilityKind.LitterBin or FacilityKind.CollectionPoint, "binType", BinType, "litter bins and collection points");
        OnlyFor(errors, Kind is FacilityKind.CollectionPoint, "clearBy", ClearBy, "collection points");
        OnlyFor(errors, Kind is FacilityKind.DisposalSite, "disposalMethod", DisposalMethod, "disposal sites");
        if (isVehicle)
        {
            errors.Required("plateNumber", PlateNumber, 20);
            errors.Check(MaxLoadKg is >= 1 and <= MaxVehicleLoadKg, "maxLoadKg", $"'maxLoadKg' is required and must be 1 to {MaxVehicleLoadKg} kg.");
        }

        if (Kind is FacilityKind.LitterBin)
        {
            errors.Required("binType", BinType, 40);
        }

        if (Kind is FacilityKind.DisposalSite)
        {
            errors.Required("disposalMethod", DisposalMethod, 40);
        }

        TimeOnly? clearBy = null;
        if (ClearBy is not null)
        {
            clearBy = TimeOnly.TryParseExact(ClearBy, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
            errors.Check(clearBy is not null, "clearBy", "'clearBy' must be a city-local time HH:mm (e.g. 20:00).");
        }

        if (errors.Any)
        {
            return null;
        }

        var location = Location is null ? null : new GeoPoint(Location.Longitude!.Value, Location.Latitude!.Value);
        return new FacilityDetails(Kind!.Value, Name!.Trim(), DistrictCode!, location, Address?.Trim(),
            PlateNumber?.Trim(), MaxLoadKg, BinType?.Trim(), clearBy, DisposalMethod?.Trim());
    }

    static void OnlyFor(ValidationErrors errors, bool applies, string field, object? value, string kinds) =>
        errors.Check(applies || value is null, field, $"'{field}' applies to {kinds} only.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex DistrictPattern();
}
