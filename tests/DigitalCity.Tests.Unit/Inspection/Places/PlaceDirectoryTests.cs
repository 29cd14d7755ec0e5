using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class PlaceDirectoryTests
{
    static readonly City Jiaozuo = new("410800", "焦作市");
    static readonly District Jiefang = new("410802", "解放区", "410800", DistrictKind.UrbanDistrict);
    static readonly Street Jiaobei = new("410802001", "焦北街道", "410802");
    static readonly Community Zhanqian = new("410802001001", "站前社区", "410802001");
    static readonly UnitGrid Grid01 = Shapes.Grid("41080200100101", Shapes.Rectangle(113.225, 35.235, 113.235, 35.245));

    static IReadOnlyList<string> Problems(IReadOnlyList<District>? districts = null, IReadOnlyList<Street>? streets = null,
        IReadOnlyList<Community>? communities = null, IReadOnlyList<UnitGrid>? grids = null) =>
        PlaceDirectory.FindProblems(Jiaozuo, districts ?? [Jiefang], streets ?? [Jiaobei], communities ?? [Zhanqian], grids ?? [Grid01], GridCodeProfile.Digits14);

    [Fact]
    public void A_consistent_hierarchy_has_no_problems()
    {
        Assert.Empty(Problems());
    }

    [Fact]
    public void A_street_whose_district_is_missing_is_reported()
    {
        var problem = Assert.Single(Problems(streets: [Jiaobei, new("410803001", "李封街道", "410803")]));

        Assert.Contains("410803", problem, StringComparison.Ordinal);
        Assert.Contains("not in the directory", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_whose_code_does_not_start_with_its_street_is_reported()
    {
        var problem = Assert.Single(Problems(communities: [Zhanqian, new("410802002001", "民主路社区", "410802001")]));

        Assert.Contains("does not start with", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_under_the_wrong_community_is_reported()
    {
        var misplaced = Grid01 with { Code = "41080200100201" };

        var problem = Assert.Single(Problems(grids: [misplaced]));

        Assert.Contains("410802001002", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_are_reported()
    {
        Assert.Contains(Problems(districts: [Jiefang, Jiefang]), p => p.Contains("used more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_a_directory_from_inconsistent_places_fails_with_every_problem()
    {
        var e = Assert.Throws<ArgumentException>(() => new PlaceDirectory(Jiaozuo, [Jiefang], [Jiaobei], [], [Grid01], GridCodeProfile.Digits14));

        Assert.Contains("410802001001", e.Message, StringComparison.Ordinal);
    }
}
