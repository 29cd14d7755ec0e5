using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Tests.Unit.Inspection;

public class GeoDistanceTests
{
    [Fact]
    public void One_thousandth_of_a_degree_of_latitude_is_about_111_metres()
    {
        Assert.InRange(GeoDistance.Meters(new GeoPoint(113.25, 35.22), new GeoPoint(113.25, 35.221)), 110.5, 111.5);
    }

    [Fact]
    public void A_degree_of_longitude_is_shorter_at_Jiaozuo_than_at_the_equator()
    {
        var atJiaozuo = GeoDistance.Meters(new GeoPoint(113.25, 35.22), new GeoPoint(113.251, 35.22));

        Assert.InRange(atJiaozuo, 90, 92); // 111 km × cos(35.22°)
        var (latitude, longitude) = GeoDistance.DegreesAround(new GeoPoint(113.25, 35.22), 100);
        Assert.True(longitude > latitude);
    }
}
