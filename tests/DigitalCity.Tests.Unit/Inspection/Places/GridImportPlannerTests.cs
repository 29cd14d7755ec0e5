using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;
using static DigitalCity.Tests.Unit.Inspection.Places.Shapes;

namespace DigitalCity.Tests.Unit.Inspection.Places;

public class GridImportPlannerTests
{
    static readonly PlaceDirectory Jiaozuo = JiaozuoPlaces.CreateDirectory();

    static string Named(string code, string west, string names) =>
        $$"""{ "type": "Feature", "properties": { "code": "{{code}}", "name": "网格"{{names}} }, "geometry": { "type": "Polygon", "coordinates": [[[{{west}}, 35.25], [{{west}}1, 35.25], [{{west}}1, 35.26], [{{west}}, 35.25]]] } }""";

    static GeoJsonResult<GridImportPlan> Plan(params string[] features)
    {
        var read = GridGeoJsonImporter.ImportFeatures(Collection(features), Jiaozuo.Profile);
        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        return GridImportPlanner.Plan(Jiaozuo, read.Value);
    }

    [Fact]
    public void New_streets_and_communities_are_created_from_the_names_given()
    {
        var plan = Plan(
            Named("41081100300101", "113.27", """, "streetName": "新城街道", "communityName": "新城社区" """),
            Named("41081100300201", "113.28", """, "communityName": "新城二社区" """));

        Assert.True(plan.Succeeded, string.Join("; ", plan.Errors));
        Assert.Equal([new Street("410811003", "新城街道", "410811")], plan.Value.Streets);
        Assert.Equal(["410811003001", "410811003002"], plan.Value.Communities.Select(c => c.Code));
        Assert.Equal((1, 2), (plan.Value.StreetsCreated, plan.Value.CommunitiesCreated));
        Assert.Equal(["41081100300101", "41081100300201"], plan.Value.Created);
        Assert.Equal("41081100300101", plan.Value.Directory.Assign(new GeoPoint(113.2705, 35.2502))!.Grid.Code);
        Assert.Null(Jiaozuo.FindGrid("41081100300101"));
    }

    [Fact]
    public void A_known_code_is_a_replacement_and_an_existing_parent_may_be_renamed()
    {
        var plan = Plan(Named("41080200100101", "113.27", """, "communityName": "站前社区（新）" """));

        Assert.True(plan.Succeeded, string.Join("; ", plan.Errors));
        Assert.Equal(["41080200100101"], plan.Value.Replaced);
        Assert.Empty(plan.Value.Created);
        Assert.Equal(0, plan.Value.CommunitiesCreated);
        Assert.Equal("站前社区（新）", plan.Value.Directory.FindCommunity("410802001001")!.Name);
    }

    [Fact]
    public void An_unknown_district_and_a_parent_without_a_name_are_reported_at_their_fields()
    {
        var plan = Plan(Named("41089900100101", "113.27", ""), Named("41081100300101", "113.28", ""));

        Assert.False(plan.Succeeded);
        Assert.Equal(
            [("features[0].properties.code", 0), ("features[1].properties.streetName", 1), ("features[1].properties.communityName", 1)],
            plan.Errors.Select(e => (e.Path, e.FeatureIndex!.Value)));
    }

    [Fact]
    public void Two_features_naming_one_new_street_differently_are_refused()
    {
        var plan = Plan(
            Named("41081100300101", "113.27", """, "streetName": "新城街道", "communityName": "新城社区" """),
            Named("41081100300102", "113.28", """, "streetName": "新城路街道" """));

        var error = Assert.Single(plan.Errors);
        Assert.Equal("features[1].properties.streetName", error.Path);
        Assert.Contains("features[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_features_are_refused_at_once()
    {
        var read = GridGeoJsonImporter.ImportFeatures(Collection(Feature("41080200100101"), Feature("41080200100102")), Jiaozuo.Profile, maxFeatures: 1);

        var error = Assert.Single(read.Errors);
        Assert.Equal("features", error.Path);
        Assert.Contains("at most 1", error.Message, StringComparison.Ordinal);
    }
}
