using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// Checks a cover's file against the place directory: a well-formed code of a known district, a location
/// whose unit grid (when it lies in one) is in that same district, and the required fields. Field names
/// carry <c>prefix</c> (<c>[3].</c> in an import), so each problem names its element.
/// </summary>
public static class CoverValidation
{
    public const int MaxCodeLength = 64;

    public static CoverRegistration? Validate(CoverInput input, string prefix, PlaceDirectory places, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(errors);
        var before = Count(errors);
        var code = ComponentCode.Parse(input.Code, out var problem);
        var district = code is null ? null : places.FindDistrict(code.DistrictCode);
        if (code is null)
        {
            errors.Add($"{prefix}code", problem);
        }
        else if (district is null)
        {
            errors.Add($"{prefix}code", $"The code's district {code.DistrictCode} is not a district of {places.City.Name}; see GET /api/inspection/places/districts.");
        }

        var location = Location(input.Location, prefix, errors);
        var place = location is null ? null : places.Assign(location);
        if (district is not null && place is not null && place.District.Code != district.Code)
        {
            errors.Add($"{prefix}location", $"The location lies in grid {place.Grid.Code} of {place.District.Name} ({place.District.Code}), but the code names {district.Name} ({district.Code}).");
        }

        errors.Required($"{prefix}address", input.Address, 200);
        errors.Required($"{prefix}ownerCode", input.OwnerCode, MaxCodeLength);
        errors.Required($"{prefix}maintainerCode", input.MaintainerCode, MaxCodeLength);
        errors.Required($"{prefix}material", input.Material);
        errors.Required($"{prefix}antiFallNet", input.AntiFallNet);
        errors.Check(input.State is null or CoverState.Good or CoverState.Removed, $"{prefix}state",
            "'state' is Good or Removed when registering; the other states follow the cover's defects.");

        if (Count(errors) > before)
        {
            return null;
        }

        return new CoverRegistration(code!, location!, place is null ? null : CasePlace.From(place), input.Address!.Trim(),
            input.OwnerCode!.Trim(), input.MaintainerCode!.Trim(), input.Material!.Value, input.AntiFallNet!.Value, input.State == CoverState.Removed);
    }

    static int Count(ValidationErrors errors) => errors.ToDictionary().Values.Sum(v => v.Length);

    static GeoPoint? Location(ReportCase.LocationInput? input, string prefix, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add($"{prefix}location", "'location' is required.");
            return null;
        }

        errors.Check(input.Longitude is >= -180 and <= 180, $"{prefix}location.longitude", "'location.longitude' is required and must be between -180 and 180 (WGS84).");
        errors.Check(input.Latitude is >= -90 and <= 90, $"{prefix}location.latitude", "'location.latitude' is required and must be between -90 and 90 (WGS84).");
        return input.Longitude is >= -180 and <= 180 && input.Latitude is >= -90 and <= 90 ? new GeoPoint(input.Longitude.Value, input.Latitude.Value) : null;
    }
}
