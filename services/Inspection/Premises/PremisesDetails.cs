using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// A premises' file as checked input: what registering, editing and importing set. Its district (and grid)
/// are already reconciled with the place directory; two equal details mean an edit changes nothing.
/// </summary>
/// <param name="GridCode">The unit grid <paramref name="Location"/> falls in; null without a location or outside every grid.</param>
/// <param name="ContactPhone">A business contact number, shown in full only to the staff who call the premises.</param>
/// <param name="CreditCode">统一社会信用代码: the business key that makes a re-import update the file instead of adding another.</param>
public sealed record PremisesDetails(
    string Name,
    PremisesType Type,
    string Address,
    GeoPoint? Location,
    string DistrictCode,
    string? GridCode,
    string? GasSupplier,
    string? ContactName,
    string? ContactPhone,
    string? CreditCode);
