using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.PersonalData;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// A premises' file as sent — in a JSON body or a CSV row — before it is checked. <see cref="Check"/> is
/// the one place the rules live, so an import refuses exactly what registering refuses.
/// </summary>
public record PremisesForm
{
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;
    public const int MaxShortText = 100;

    public string? Name { get; init; }

    /// <summary>One of <see cref="PremisesType"/>'s names, e.g. <c>Restaurant</c> (case is ignored).</summary>
    public string? Type { get; init; }

    public string? Address { get; init; }

    public Coordinates? Location { get; init; }

    /// <summary>Required without a location inside a grid; with one, it may be left out or must agree.</summary>
    public string? DistrictCode { get; init; }

    public string? GasSupplier { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? CreditCode { get; init; }

    /// <summary>A WGS84 point as sent: both parts are required when a location is given.</summary>
    public sealed record Coordinates(double? Longitude, double? Latitude);

    /// <summary>
    /// The checked details, or null with the problems added to <paramref name="errors"/> under the names
    /// <paramref name="field"/> gives the form's fields (<c>name</c>, <c>location.longitude</c>, …).
    /// </summary>
    public PremisesDetails? Check(PlaceDirectory directory, ValidationErrors errors, Func<string, string>? field = null)
    {
        field ??= f => f;
        var before = errors.ToDictionary().Count;
        Required(errors, field("name"), Name, MaxNameLength);
        Required(errors, field("address"), Address, MaxAddressLength);
        Optional(errors, field("gasSupplier"), GasSupplier);
        Optional(errors, field("contactName"), ContactName);

        PremisesType type = default;
        if (string.IsNullOrWhiteSpace(Type))
        {
            errors.Add(field("type"), "'type' is required.");
        }
        else if (!TryParseType(Type, out type))
        {
            errors.Add(field("type"), UnknownType(Type));
        }

        var phone = Blank(ContactPhone) ? null : PhoneNumber.Normalize(ContactPhone!);
        errors.Check(Blank(ContactPhone) || phone is not null, field("contactPhone"),
            "'contactPhone' must be a mobile number (11 digits, e.g. 17312345029) or a landline with its area code (e.g. 0391-3561234).");
        var creditCode = Blank(CreditCode) ? null : SocialCreditCode.Normalize(CreditCode!);
        errors.Check(Blank(CreditCode) || creditCode is not null, field("creditCode"),
            "'creditCode' must be an 18-character unified social credit code (统一社会信用代码) with a correct check character.");

        var (districtCode, gridCode, location) = Place(directory, errors, field);
        if (errors.ToDictionary().Count > before)
        {
            return null;
        }

        return new PremisesDetails(Name!.Trim(), type, Address!.Trim(), location, districtCode!, gridCode,
            Trimmed(GasSupplier), Trimmed(ContactName), phone, creditCode);
    }

    /// <summary>
    /// The district (and grid) the file belongs to: a location inside a unit grid decides them, and a district
    /// sent with it must be the grid's; otherwise the district sent must be one of the directory's.
    /// </summary>
    (string? District, string? Grid, GeoPoint? Location) Place(PlaceDirectory directory, ValidationErrors errors, Func<string, string> field)
    {
        GeoPoint? point = null;
        if (Location is not null)
        {
            var problems = new ValidationErrors().Coordinates("location", Location.Longitude, Location.Latitude).ToDictionary();
            foreach (var (name, messages) in problems)
            {
                errors.Add(field(name), messages[0]);
            }

            if (problems.Count == 0)
            {
                point = new GeoPoint(Location.Longitude!.Value, Location.Latitude!.Value);
            }
        }

        var sent = Trimmed(DistrictCode);
        if (point is not null && directory.Assign(point) is { } assignment)
        {
            errors.Check(sent is null || sent == assignment.District.Code, field("districtCode"),
                $"The location lies in grid {assignment.Grid.Code} of {assignment.District.Name} ({assignment.District.Code}), not in district '{sent}'; correct the district or the location.");
            return (assignment.District.Code, assignment.Grid.Code, point);
        }

        if (sent is null && point is null && Location is not null)
        {
            // The location is wrong: fixing it may place the file, so a missing district is not a second problem yet.
            return (null, null, null);
        }

        if (sent is null)
        {
            errors.Add(field("districtCode"), "'districtCode' is required unless the location falls in a unit grid; see GET /api/inspection/places/districts.");
        }
        else if (directory.FindDistrict(sent) is null)
        {
            errors.Add(field("districtCode"), $"'{sent}' is not a district of the place directory; see GET /api/inspection/places/districts.");
        }

        return (sent, null, point);
    }

    /// <summary>A <see cref="PremisesType"/> by name, ignoring case and surrounding spaces; numbers are not names.</summary>
    public static bool TryParseType(string text, out PremisesType type) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    public static string UnknownType(string text) =>
        $"'{text}' is not a premises type; use one of {string.Join(", ", Enum.GetNames<PremisesType>())}.";

    static void Required(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (Blank(value))
        {
            errors.Add(field, $"'{field}' is required.");
        }
        else
        {
            errors.Check(value!.Trim().Length <= maxLength, field, $"'{field}' must be at most {maxLength} characters.");
        }
    }

    static void Optional(ValidationErrors errors, string field, string? value) =>
        errors.Check(Blank(value) || value!.Trim().Length <= MaxShortText, field, $"'{field}' must be at most {MaxShortText} characters.");

    static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();
}
