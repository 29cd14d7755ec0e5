using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GridCodeConsistencyTests
{
    static readonly District Shanyang = new("410811", "山阳区", "410800", DistrictKind.UrbanDistrict);
    static readonly Street Jiaodong = new("410811001", "焦东街道", "410811");
    static readonly Community JiaodongRoad = new("410811001001", "焦东路社区", "410811001");
    static readonly Polygon Square = Shapes.Rectangle(113.25, 35.23, 113.26, 35.24);

    [Fact]
    public void A_grid_whose_code_spells_its_parents_is_consistent()
    {
        var grid = Shapes.Grid("41081100100101", Square);

        Assert.Empty(GridCodeConsistency.Check(grid, JiaodongRoad, Jiaodong, Shanyang, GridCodeProfile.Digits14));
    }

    [Fact]
    public void A_grid_coded_for_another_community_is_reported_at_the_community_part()
    {
        var grid = new UnitGrid("41081100100201", "网格", "410811001001", new MultiPolygon(Square));

        var error = Assert.Single(GridCodeConsistency.Check(grid, JiaodongRoad, Jiaodong, Shanyang, GridCodeProfile.Digits14));

        Assert.Equal(GridCodePart.Community, error.Part);
        Assert.Contains("410811001002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_coded_for_another_district_is_reported_at_every_part_it_breaks()
    {
        var grid = new UnitGrid("41080200100101", "网格", "410811001001", new MultiPolygon(Square));

        var parts = GridCodeConsistency.Check(grid, JiaodongRoad, Jiaodong, Shanyang, GridCodeProfile.Digits14).Select(e => e.Part).ToList();

        Assert.Equal([GridCodePart.Administrative, GridCodePart.Street, GridCodePart.Community], parts);
    }

    [Fact]
    public void A_code_that_does_not_fit_the_profile_is_reported_as_such()
    {
        var grid = new UnitGrid("410811001001001", "网格", "410811001001", new MultiPolygon(Square));

        var error = Assert.Single(GridCodeConsistency.Check(grid, JiaodongRoad, Jiaodong, Shanyang, GridCodeProfile.Digits14));

        Assert.Equal(GridCodePart.Whole, error.Part);
    }
}
