using System.Text.Json;
using DigitalCity.Inspection.DispatchRules;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static DigitalCity.Tests.Unit.Inspection.DispatchRules.Rules;

namespace DigitalCity.Tests.Unit.Inspection.DispatchRules;

/// <summary>The rule set keeps private setters; both adapters' document forms must round-trip every field.</summary>
public class DispatchRuleSetDocumentTests
{
    static DispatchRuleSet ChangedSet()
    {
        var set = Set(Rule(10));
        set.Replace(
        [
            Rule(10, "gas", categories: ["E0403"], limit: "4 Hours", urgentLimit: "1 Hours"),
            Rule(20, "shanyang-sanitation", categories: ["E01"], districts: [Shanyang], grids: [ShanyangGrid], keywords: ["垃圾"], enabled: false),
        ], "dispatcher-1", TestData.Clock());
        set.MarkPersisted(3);
        return set;
    }

    static void AssertSameSet(DispatchRuleSet original, DispatchRuleSet copy)
    {
        Assert.Equal(original.Id, copy.Id);
        Assert.Equal((original.ChangedBy, original.ChangedAt), (copy.ChangedBy, copy.ChangedAt));
        Assert.Equal(original.Rules.Count, copy.Rules.Count);
        foreach (var (a, b) in original.Rules.Zip(copy.Rules))
        {
            Assert.Equal((a.Id, a.Order, a.Name, a.Department, a.HandlingLimit, a.UrgentLimit, a.Enabled), (b.Id, b.Order, b.Name, b.Department, b.HandlingLimit, b.UrgentLimit, b.Enabled));
            Assert.Equal(a.CategoryCodes, b.CategoryCodes);
            Assert.Equal(a.DistrictCodes, b.DistrictCodes);
            Assert.Equal(a.GridCodes, b.GridCodes);
            Assert.Equal(a.Keywords, b.Keywords);
        }
    }

    [Fact]
    public void Rule_set_round_trips_through_the_sqlite_json_document()
    {
        var original = ChangedSet();

        var copy = JsonSerializer.Deserialize<DispatchRuleSet>(JsonSerializer.Serialize(original, DocumentJson.Options), DocumentJson.Options)!;

        AssertSameSet(original, copy);
        Assert.Equal("gas", copy.Suggest("E0403", null, null, "")!.Department);
    }

    [Fact]
    public void Rule_set_round_trips_through_the_mongodb_document()
    {
        MongoConventions.Register();
        var original = ChangedSet();

        var document = original.ToBsonDocument();
        var copy = BsonSerializer.Deserialize<DispatchRuleSet>(document);

        AssertSameSet(original, copy);
        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal("E01", document["rules"][1]["categoryCodes"][0].AsString);
        Assert.Equal(BsonType.DateTime, document["changedAt"].BsonType);
    }
}
