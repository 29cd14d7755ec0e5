using DigitalCity.Inspection.Places;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 单元网格 — where a case belongs: the unit grid whose polygon contains the reported point, and the
/// community, street and district above it. A point outside every grid leaves the case unassigned
/// (accepted and flagged, never refused) for the supervision centre to place.
/// </summary>
public sealed record CasePlace(string GridCode, string GridName, string CommunityCode, string StreetCode, string DistrictCode, string DistrictName)
{
    public static CasePlace From(GridAssignment assignment) => new(
        assignment.Grid.Code,
        assignment.Grid.Name,
        assignment.Community.Code,
        assignment.Street.Code,
        assignment.District.Code,
        assignment.District.Name);
}
