using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;
using static DigitalCity.Tests.Unit.Inspection.Places.Shapes;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GridGeoJsonImporterTests
{
    const string Unclosed = "[[[113.23, 35.23], [113.24, 35.23], [113.24, 35.24], [113.23, 35.24]]]";

    [Fact]
    public void Import_reads_code_name_community_and_boundary_of_each_feature()
    {
        var result = GridGeoJsonImporter.Import(Collection(Feature("41080200100101", name: "站前社区01网格"), Feature("41080200100102")), GridCodeProfile.Digits14);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Value.Count);
        var first = result.Value[0];
        Assert.Equal("41080200100101", first.Code);
        Assert.Equal("站前社区01网格", first.Name);
        Assert.Equal("410802001001", first.CommunityCode);
        Assert.True(first.Boundary.Contains(new GeoPoint(113.238, 35.232)));
    }

    [Fact]
    public void Import_reports_the_feature_and_path_of_an_unclosed_ring()
    {
        var result = GridGeoJsonImporter.Import(
            Collection(Feature("41080200100101"), Feature("41080200100102"), Feature("41080200100103", Unclosed)),
            GridCodeProfile.Digits14);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.FeatureIndex);
        Assert.Equal("features[2].geometry.coordinates[0]", error.Path);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_duplicate_code_naming_the_first_feature_that_used_it()
    {
        var result = GridGeoJsonImporter.Import(Collection(Feature("41080200100101"), Feature("41080200100102"), Feature("41080200100101")), GridCodeProfile.Digits14);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.FeatureIndex);
        Assert.Equal("features[2].properties.code", error.Path);
        Assert.Contains("features[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_code_that_does_not_fit_the_profile()
    {
        var result = GridGeoJsonImporter.Import(Collection(Feature("410802001001001")), GridCodeProfile.Digits14);

        var error = Assert.Single(result.Errors);
        Assert.Equal("features[0].properties.code", error.Path);
        Assert.Contains("14-digit profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_numeric_code_so_no_digit_is_lost()
    {
        var feature = """{ "type": "Feature", "properties": { "code": 41080200100101, "name": "网格" }, "geometry": { "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }""";

        var error = Assert.Single(GridGeoJsonImporter.Import(Collection(feature), GridCodeProfile.Digits14).Errors);

        Assert.Equal("features[0].properties.code", error.Path);
        Assert.Contains("JSON string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_community_code_that_disagrees_with_the_grid_code()
    {
        var feature = """{ "type": "Feature", "properties": { "code": "41080200100101", "name": "网格", "communityCode": "410802001002", "streetCode": "410802001" }, "geometry": { "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }""";

        var error = Assert.Single(GridGeoJsonImporter.Import(Collection(feature), GridCodeProfile.Digits14).Errors);

        Assert.Equal("features[0].properties.communityCode", error.Path);
        Assert.Contains("410802001001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reports_every_error_of_every_feature()
    {
        var noName = """{ "type": "Feature", "properties": { "code": "41080200100102" }, "geometry": { "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }""";
        var noGeometry = """{ "type": "Feature", "properties": { "code": "41080200100103", "name": "网格" }, "geometry": null }""";
        var notAFeature = """{ "type": "Polygon", "coordinates": [] }""";

        var result = GridGeoJsonImporter.Import(Collection(Feature("4108020010010X", Unclosed), noName, noGeometry, notAFeature), GridCodeProfile.Digits14);

        Assert.Equal(
            [
                (0, "features[0].properties.code"),
                (0, "features[0].geometry.coordinates[0]"),
                (1, "features[1].properties.name"),
                (2, "features[2].geometry"),
                (3, "features[3]"),
            ],
            result.Errors.Select(e => (e.FeatureIndex ?? -1, e.Path)));
    }

    [Theory]
    [InlineData("""{ "type": "Feature", "properties": {}, "geometry": null }""", "$")]
    [InlineData("""{ "type": "FeatureCollection" }""", "features")]
    [InlineData("""not json""", "$")]
    public void Import_refuses_anything_but_a_feature_collection(string json, string path)
    {
        var error = Assert.Single(GridGeoJsonImporter.Import(json, GridCodeProfile.Digits14).Errors);

        Assert.Equal(path, error.Path);
        Assert.Null(error.FeatureIndex);
    }

    [Fact]
    public void An_empty_collection_imports_no_grids()
    {
        var result = GridGeoJsonImporter.Import(Collection(), GridCodeProfile.Digits14);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value);
    }
}
