namespace DigitalCity.Sanitation.Clearance;

/// <summary>
/// 清运率 — of the collection points judged in a district on a day, how many were cleared by their cut-off.
/// <see cref="Rate"/> is <see cref="Cleared"/> / <see cref="Due"/>, rounded to four places (null when none was due).
/// </summary>
public sealed record ClearanceRate(DateOnly Day, string DistrictCode, int Due, int Cleared, int Missed, decimal? Rate)
{
    public static ClearanceRate Of(DateOnly day, string districtCode, int due, int cleared) =>
        new(day, districtCode, due, cleared, due - cleared, due == 0 ? null : Math.Round((decimal)cleared / due, 4));
}
