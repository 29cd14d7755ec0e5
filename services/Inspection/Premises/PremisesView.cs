using DigitalCity.Contracts;
using DigitalCity.ServiceDefaults.PersonalData;

namespace DigitalCity.Inspection.Premises;

/// <summary>A premises' file as the API shows it; <see cref="ContactPhone"/> is masked for readers who do not call premises.</summary>
public sealed record PremisesView(
    Guid Id,
    string Name,
    PremisesType Type,
    string Address,
    GeoPoint? Location,
    string DistrictCode,
    string? GridCode,
    string? GasSupplier,
    string? ContactName,
    string? ContactPhone,
    string? CreditCode,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    long Version)
{
    public static PremisesView From(Premises p, bool showPhone) => new(
        p.Id, p.Name, p.Type, p.Address, p.Location, p.DistrictCode, p.GridCode, p.GasSupplier, p.ContactName,
        p.ContactPhone is null || showPhone ? p.ContactPhone : PhoneNumber.Mask(p.ContactPhone),
        p.CreditCode, p.RegisteredBy, p.RegisteredAt, p.UpdatedBy, p.UpdatedAt, p.Version);
}
