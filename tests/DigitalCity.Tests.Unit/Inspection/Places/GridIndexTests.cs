using System.Globalization;
using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GridIndexTests
{
    [Fact]
    public void A_point_inside_a_hole_belongs_to_no_grid()
    {
        var ring = new Polygon(Shapes.Ring(113.20, 35.20, 113.30, 35.30), [Shapes.Ring(113.24, 35.24, 113.26, 35.26)]);
        var index = new GridIndex([Shapes.Grid("41081100100101", ring)]);

        Assert.Null(index.Find(new GeoPoint(113.25, 35.25)));
        Assert.Equal("41081100100101", index.Find(new GeoPoint(113.21, 35.25))?.Code);
    }

    [Fact]
    public void A_point_outside_every_grid_belongs_to_none()
    {
        var index = new GridIndex([Shapes.Grid("41081100100101", Shapes.Rectangle(113.25, 35.23, 113.26, 35.24))]);

        Assert.Null(index.Find(new GeoPoint(113.27, 35.235)));
    }

    [Fact]
    public void A_point_on_a_shared_edge_goes_to_the_grid_with_the_smaller_code_whatever_the_load_order()
    {
        var west = Shapes.Grid("41080200100101", Shapes.Rectangle(113.225, 35.235, 113.235, 35.245));
        var east = Shapes.Grid("41080200100102", Shapes.Rectangle(113.235, 35.235, 113.245, 35.245));
        var onEdge = new GeoPoint(113.235, 35.24);

        Assert.Equal("41080200100101", new GridIndex([west, east]).Find(onEdge)?.Code);
        Assert.Equal("41080200100101", new GridIndex([east, west]).Find(onEdge)?.Code);
        Assert.Equal("41080200100102", new GridIndex([east, west]).Find(new GeoPoint(113.2350001, 35.24))?.Code);
    }

    [Fact]
    public void Two_grids_with_one_code_are_refused()
    {
        var grid = Shapes.Grid("41080200100101", Shapes.Rectangle(0, 0, 1, 1));

        Assert.Throws<ArgumentException>(() => new GridIndex([grid, grid with { Name = "copy" }]));
    }

    [Fact]
    public void Every_cell_of_a_few_thousand_grids_finds_its_own_grid()
    {
        // 60 x 50 cells of 0.001 degrees (about 100 m) south-west of Jiaozuo's centre.
        const int columns = 60, rows = 50;
        var grids = new List<UnitGrid>();
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < rows; r++)
            {
                var code = GridCode.Compose("410802", (c + 1).ToString("000", CultureInfo.InvariantCulture), (r + 1).ToString("000", CultureInfo.InvariantCulture), 1, GridCodeProfile.Digits14);
                grids.Add(Shapes.Grid(code.Value, Shapes.Rectangle(113.2 + (c * 0.001), 35.2 + (r * 0.001), 113.2 + ((c + 1) * 0.001), 35.2 + ((r + 1) * 0.001))));
            }
        }

        var index = new GridIndex(grids);

        Assert.Equal(3000, index.Count);
        Assert.All(grids, g => Assert.Same(g, index.Find(new GeoPoint(g.Boundary.Bounds.West + 0.0005, g.Boundary.Bounds.South + 0.0005))));
    }
}
