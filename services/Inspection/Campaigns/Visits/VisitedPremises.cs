using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>The premises file a visit was made to, as it stood then (一户一档).</summary>
public sealed record VisitedPremises(Guid Id, string Name, string Address, string DistrictCode, GeoPoint? Location);
