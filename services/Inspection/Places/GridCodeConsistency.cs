namespace DigitalCity.Inspection.Places;

/// <summary>
/// 编码一致性 — a grid's code spells out its community, street and district; this checks that the code, the
/// grid's parent link and the chain of parents all tell the same story, so a grid moved to another
/// community without a new code (or the reverse) is caught before it skews per-district statistics.
/// </summary>
public static class GridCodeConsistency
{
    /// <summary>Every disagreement found; empty when the grid, its code and its parents agree.</summary>
    public static IReadOnlyList<GridCodeError> Check(UnitGrid grid, Community community, Street street, District district, GridCodeProfile profile)
    {
        if (!GridCode.TryParse(grid.Code, profile, out var code, out var parseError))
        {
            return [parseError];
        }

        var errors = new List<GridCodeError>();
        if (code.AdministrativeCode != district.Code)
        {
            errors.Add(new(GridCodePart.Administrative,
                $"Grid {code} starts with administrative code {code.AdministrativeCode}, but its district is {district.Name} ({district.Code})."));
        }

        if (code.StreetCode != street.Code)
        {
            errors.Add(new(GridCodePart.Street, $"Grid {code} names street {code.StreetCode}, but its street is {street.Name} ({street.Code})."));
        }

        if (code.CommunityCode != community.Code)
        {
            errors.Add(new(GridCodePart.Community, $"Grid {code} names community {code.CommunityCode}, but its community is {community.Name} ({community.Code})."));
        }

        if (grid.CommunityCode != community.Code)
        {
            errors.Add(new(GridCodePart.Community, $"Grid {code} is recorded under community {grid.CommunityCode}, not {community.Name} ({community.Code})."));
        }

        if (community.StreetCode != street.Code)
        {
            errors.Add(new(GridCodePart.Street, $"Community {community.Code} is recorded under street {community.StreetCode}, not {street.Name} ({street.Code})."));
        }

        if (street.DistrictCode != district.Code)
        {
            errors.Add(new(GridCodePart.Administrative, $"Street {street.Code} is recorded under district {street.DistrictCode}, not {district.Name} ({district.Code})."));
        }

        return errors;
    }
}
