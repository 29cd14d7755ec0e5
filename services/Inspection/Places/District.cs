namespace DigitalCity.Inspection.Places;

/// <summary>
/// 区/县 — a district, county, county-level city or functional zone under a city. Its six-digit code
/// opens every grid code beneath it. A functional zone such as 城乡一体化示范区 has no national code, so
/// the city gives it a local one; <see cref="HasNationalCode"/> says which kind of code this is, so that
/// reports to the province can leave local codes out or map them.
/// </summary>
public sealed record District(string Code, string Name, string CityCode, DistrictKind Kind, bool HasNationalCode = true);

public enum DistrictKind
{
    /// <summary>市辖区 — an urban district.</summary>
    UrbanDistrict,

    /// <summary>县 — a county.</summary>
    County,

    /// <summary>县级市 — a county-level city.</summary>
    CountyLevelCity,

    /// <summary>功能区 — a zone the city manages like a district without a national division code.</summary>
    FunctionalZone,
}
