using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class JiaozuoPlacesTests
{
    static readonly PlaceDirectory Jiaozuo = JiaozuoPlaces.CreateDirectory();

    [Theory]
    [InlineData("410802", "解放区")]
    [InlineData("410803", "中站区")]
    [InlineData("410804", "马村区")]
    [InlineData("410811", "山阳区")]
    [InlineData("410821", "修武县")]
    [InlineData("410822", "博爱县")]
    [InlineData("410823", "武陟县")]
    [InlineData("410825", "温县")]
    [InlineData("410882", "沁阳市")]
    [InlineData("410883", "孟州市")]
    public void The_seed_holds_each_district_and_county_under_its_national_code(string code, string name)
    {
        var district = Jiaozuo.FindDistrict(code);

        Assert.NotNull(district);
        Assert.Equal(name, district.Name);
        Assert.Equal("410800", district.CityCode);
        Assert.True(district.HasNationalCode);
    }

    [Fact]
    public void The_demonstration_zone_has_a_local_code_flagged_as_not_national()
    {
        var zone = Assert.Single(Jiaozuo.Districts, d => d.Name == "城乡一体化示范区");

        Assert.False(zone.HasNationalCode);
        Assert.Equal(DistrictKind.FunctionalZone, zone.Kind);
        Assert.Equal(JiaozuoPlaces.DemonstrationZoneCode, zone.Code);
        Assert.Equal(11, Jiaozuo.Districts.Count());
    }

    [Fact]
    public void The_sample_grids_are_consistent_with_their_parents()
    {
        Assert.Empty(PlaceDirectory.FindProblems(JiaozuoPlaces.City, JiaozuoPlaces.Districts, JiaozuoPlaces.Streets,
            JiaozuoPlaces.Communities, JiaozuoPlaces.SampleGrids(), JiaozuoPlaces.Profile));
        Assert.InRange(Jiaozuo.Grids.Count(), 4, 8);
    }

    [Fact]
    public void Jiefang_lies_west_of_Shanyang()
    {
        var byDistrict = Jiaozuo.Grids.ToLookup(g => g.Code[..6], g => g.Boundary.Bounds);

        Assert.True(byDistrict["410802"].Max(b => b.East) < byDistrict["410811"].Min(b => b.West));
    }

    [Fact]
    public void A_point_in_Shanyang_is_assigned_to_its_grid_and_district()
    {
        var assignment = Jiaozuo.Assign(new GeoPoint(113.262, 35.243));

        Assert.NotNull(assignment);
        Assert.Equal("41081100100101", assignment.Grid.Code);
        Assert.Equal("焦东路社区", assignment.Community.Name);
        Assert.Equal("焦东街道", assignment.Street.Name);
        Assert.Equal("山阳区", assignment.District.Name);
    }

    [Fact]
    public void A_point_in_the_enclosed_compound_is_assigned_to_the_compound_not_the_grid_around_it()
    {
        Assert.Equal("41081100100102", Jiaozuo.Assign(new GeoPoint(113.2575, 35.2375))?.Grid.Code);
    }

    [Fact]
    public void A_point_in_Jiefang_is_assigned_to_its_pentagon_grid()
    {
        var assignment = Jiaozuo.Assign(new GeoPoint(113.2418, 35.2159));

        Assert.Equal("41080200200101", assignment?.Grid.Code);
        Assert.Equal("解放区", assignment?.District.Name);
    }

    [Fact]
    public void A_point_between_the_districts_is_assigned_to_no_grid()
    {
        Assert.Null(Jiaozuo.Assign(new GeoPoint(113.2475, 35.24)));
    }
}
