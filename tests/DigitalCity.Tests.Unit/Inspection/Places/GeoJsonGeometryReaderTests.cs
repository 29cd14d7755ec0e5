using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GeoJsonGeometryReaderTests
{
    [Fact]
    public void A_polygon_with_a_hole_is_read_longitude_first()
    {
        var result = GeoJsonGeometryReader.Read("""
            { "type": "Polygon", "coordinates": [
              [[113.20, 35.20], [113.30, 35.20], [113.30, 35.30], [113.20, 35.30], [113.20, 35.20]],
              [[113.24, 35.24], [113.24, 35.26], [113.26, 35.26], [113.26, 35.24], [113.24, 35.24]]
            ] }
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var polygon = Assert.Single(result.Value.Polygons);
        Assert.Equal(new GeoPoint(113.30, 35.20), polygon.Exterior[1]);
        Assert.Single(polygon.Holes);
        Assert.False(result.Value.Contains(new GeoPoint(113.25, 35.25)));
    }

    [Fact]
    public void A_multipolygon_is_read_with_all_its_parts()
    {
        var result = GeoJsonGeometryReader.Read("""
            { "type": "MultiPolygon", "coordinates": [
              [[[0, 0], [1, 0], [1, 1], [0, 0]]],
              [[[2, 0], [3, 0], [3, 1], [2, 0]]]
            ] }
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Value.Polygons.Count);
    }

    [Fact]
    public void An_altitude_is_accepted_and_ignored()
    {
        var result = GeoJsonGeometryReader.Read("""{ "type": "Polygon", "coordinates": [[[0, 0, 80], [1, 0, 81], [1, 1, 82], [0, 0, 80]]] }""");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void An_unclosed_ring_is_reported_at_the_ring()
    {
        var result = GeoJsonGeometryReader.Read("""{ "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]] }""");

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Value);
        Assert.Equal("coordinates[0]", error.Path);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_of_three_positions_is_reported_with_its_count()
    {
        var result = GeoJsonGeometryReader.Read("""{ "type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[0, 0], [1, 1], [0, 0]]]] }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("coordinates[1][0]", error.Path);
        Assert.Contains("it has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latitude_first_positions_are_reported_as_probably_swapped()
    {
        var result = GeoJsonGeometryReader.Read("""{ "type": "Polygon", "coordinates": [[[35.2, 113.2], [35.2, 113.3], [35.3, 113.3], [35.2, 113.2]]] }""");

        Assert.Equal(4, result.Errors.Count);
        Assert.Equal("coordinates[0][0]", result.Errors[0].Path);
        Assert.Contains("latitude 113.2 is outside [-90, 90]", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("swapped", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longitude_out_of_range_is_reported_at_its_position()
    {
        var result = GeoJsonGeometryReader.Read("""{ "type": "Polygon", "coordinates": [[[0, 0], [181, 0], [1, 1], [0, 0]]] }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("coordinates[0][1]", error.Path);
        Assert.Contains("longitude 181", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("swapped", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "Point", "coordinates": [113.2, 35.2] }""", "type", "not supported")]
    [InlineData("""{ "coordinates": [] }""", "type", "\"type\"")]
    [InlineData("""{ "type": "Polygon" }""", "coordinates", "\"coordinates\"")]
    [InlineData("""{ "type": "Polygon", "coordinates": [] }""", "coordinates", "exterior ring")]
    [InlineData("""{ "type": "Polygon", "coordinates": [[0, 0], [1, 0], [1, 1], [0, 0]] }""", "coordinates", "one level too shallow")]
    [InlineData("""{ "type": "Polygon", "coordinates": [[[0, 0], [1, "0"], [1, 1], [0, 0]]] }""", "coordinates[0][1]", "[longitude, latitude]")]
    [InlineData("""[1, 2]""", "$", "geometry object")]
    [InlineData("""{ "type": "Polygon", """, "$", "not valid JSON")]
    public void Malformed_geometry_is_reported_at_its_path(string json, string path, string message)
    {
        var result = GeoJsonGeometryReader.Read(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
