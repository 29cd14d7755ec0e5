namespace DigitalCity.Sanitation.Routes;

public sealed record RouteView(string Code, string Name, string DistrictCode, IReadOnlyList<string> FacilityCodes, IReadOnlyList<string> Crew, DateTimeOffset UpdatedAt, long Version)
{
    public static RouteView From(CollectionRoute r) => new(r.Code, r.Name, r.DistrictCode, r.FacilityCodes, r.Crew, r.UpdatedAt, r.Version);
}
