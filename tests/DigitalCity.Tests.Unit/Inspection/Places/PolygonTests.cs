using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class PolygonTests
{
    static readonly Polygon WithHole = new(
        Shapes.Ring(113.20, 35.20, 113.30, 35.30),
        [Shapes.Ring(113.24, 35.24, 113.26, 35.26)]);

    [Fact]
    public void A_point_inside_the_exterior_ring_is_contained()
    {
        Assert.True(WithHole.Contains(new GeoPoint(113.22, 35.22)));
    }

    [Fact]
    public void A_point_outside_the_exterior_ring_is_not_contained()
    {
        Assert.False(WithHole.Contains(new GeoPoint(113.31, 35.25)));
        Assert.False(WithHole.Contains(new GeoPoint(113.25, 35.19)));
    }

    [Fact]
    public void A_point_inside_a_hole_is_not_contained()
    {
        Assert.False(WithHole.Contains(new GeoPoint(113.25, 35.25)));
    }

    [Theory]
    [InlineData(113.20, 35.25)]
    [InlineData(113.30, 35.25)]
    [InlineData(113.25, 35.30)]
    [InlineData(113.20, 35.20)]
    public void A_point_on_the_exterior_ring_is_contained(double longitude, double latitude)
    {
        Assert.True(WithHole.Contains(new GeoPoint(longitude, latitude)));
    }

    [Theory]
    [InlineData(113.24, 35.25)]
    [InlineData(113.26, 35.26)]
    public void A_point_on_a_hole_ring_is_contained(double longitude, double latitude)
    {
        Assert.True(WithHole.Contains(new GeoPoint(longitude, latitude)));
    }

    [Fact]
    public void A_point_within_a_tenth_of_a_millimetre_of_an_edge_counts_as_on_it()
    {
        Assert.True(WithHole.Contains(new GeoPoint(113.30 + 5e-10, 35.25)));
        Assert.False(WithHole.Contains(new GeoPoint(113.30 + 5e-9, 35.25)));
    }

    [Fact]
    public void A_point_on_a_slanted_edge_is_contained()
    {
        var triangle = new Polygon([new(0, 0), new(2, 0), new(0, 2), new(0, 0)]);

        Assert.True(triangle.Contains(new GeoPoint(1, 1)));
        Assert.False(triangle.Contains(new GeoPoint(1.01, 1.01)));
    }

    [Fact]
    public void A_point_in_the_notch_of_a_concave_polygon_is_not_contained()
    {
        // A "U": the notch between the arms is outside.
        var u = new Polygon([new(0, 0), new(3, 0), new(3, 3), new(2, 3), new(2, 1), new(1, 1), new(1, 3), new(0, 3), new(0, 0)]);

        Assert.False(u.Contains(new GeoPoint(1.5, 2)));
        Assert.True(u.Contains(new GeoPoint(0.5, 2)));
        Assert.True(u.Contains(new GeoPoint(2.5, 2)));
        Assert.True(u.Contains(new GeoPoint(1.5, 0.5)));
    }

    [Fact]
    public void A_ray_through_a_vertex_is_counted_once()
    {
        var diamond = new Polygon([new(1, 0), new(2, 1), new(1, 2), new(0, 1), new(1, 0)]);

        Assert.True(diamond.Contains(new GeoPoint(0.5, 1)));
        Assert.False(diamond.Contains(new GeoPoint(-0.5, 1)));
    }

    [Fact]
    public void A_multipolygon_contains_a_point_in_any_of_its_parts()
    {
        var split = new MultiPolygon([Shapes.Rectangle(0, 0, 1, 1), Shapes.Rectangle(2, 0, 3, 1)]);

        Assert.True(split.Contains(new GeoPoint(2.5, 0.5)));
        Assert.False(split.Contains(new GeoPoint(1.5, 0.5)));
        Assert.Equal(new BoundingBox(0, 0, 3, 1), split.Bounds);
    }

    [Fact]
    public void An_unclosed_ring_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new Polygon([new(0, 0), new(1, 0), new(1, 1), new(0, 1)]));

        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_of_fewer_than_four_positions_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new Polygon([new(0, 0), new(1, 0), new(0, 0)]));

        Assert.Contains("at least 4 positions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hole_with_a_latitude_out_of_range_is_refused_as_possibly_swapped()
    {
        var e = Assert.Throws<ArgumentException>(() => new Polygon(
            Shapes.Ring(113.2, 35.2, 113.3, 35.3),
            [[new(35.24, 113.24), new(35.25, 113.24), new(35.25, 113.25), new(35.24, 113.24)]]));

        Assert.Contains("hole 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("swapped", e.Message, StringComparison.Ordinal);
    }
}
