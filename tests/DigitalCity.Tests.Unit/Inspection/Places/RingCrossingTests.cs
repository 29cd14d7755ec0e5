using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

/// <summary>A grid boundary must be a simple ring: crossings, touchings and spikes are refused with the edges named.</summary>
public class RingCrossingTests
{
    static string? Problem(params double[][] positions) => GeoJsonGeometryReader.Read(
        $$"""{ "type": "Polygon", "coordinates": [[{{string.Join(", ", positions.Select(p => $"[{p[0]}, {p[1]}]"))}}]] }""").Errors.SingleOrDefault()?.Message;

    [Fact]
    public void A_bow_tie_is_refused_naming_the_two_crossing_edges()
    {
        var problem = Problem([0, 0], [1, 1], [1, 0], [0, 1], [0, 0]);

        Assert.NotNull(problem);
        Assert.Contains("crosses or touches itself: edge 0", problem, StringComparison.Ordinal);
        Assert.Contains("edge 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_touching_itself_at_a_vertex_is_refused()
    {
        Assert.NotNull(Problem([0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]));
    }

    [Fact]
    public void A_spike_doubling_back_along_an_edge_is_refused()
    {
        Assert.NotNull(Problem([0, 0], [2, 0], [1, 0], [1, 1], [0, 0]));
    }

    [Fact]
    public void Repeated_positions_and_collinear_vertices_are_accepted()
    {
        Assert.Null(Problem([0, 0], [1, 0], [1, 0], [2, 0], [2, 2], [0, 2], [0, 2], [0, 0]));
    }

    [Fact]
    public void A_concave_ring_is_accepted()
    {
        Assert.Null(Problem([0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]));
    }

    [Fact]
    public void Polygons_built_in_code_follow_the_same_rule()
    {
        GeoPoint[] bowTie = [new(0, 0), new(1, 1), new(1, 0), new(0, 1), new(0, 0)];

        var e = Assert.Throws<ArgumentException>(() => new Polygon(bowTie));

        Assert.Contains("crosses or touches itself", e.Message, StringComparison.Ordinal);
    }
}
