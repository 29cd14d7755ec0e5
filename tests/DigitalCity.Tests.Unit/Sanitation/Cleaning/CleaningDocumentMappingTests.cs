using System.Text.Json;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using static DigitalCity.Tests.Unit.Sanitation.Cleaning.CleaningPlanData;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

/// <summary>
/// Plans and runs keep private setters and hold records of city-local times; both adapters' document forms
/// must round-trip every field (compared as their JSON). The BSON form is checked without a server here.
/// </summary>
public sealed class CleaningDocumentMappingTests
{
    static readonly Dictionary<string, Func<AggregateRoot>> Aggregates = new()
    {
        ["plan with an override"] = () => Plan(),
        ["run with an idempotency key"] = () => CleaningRun.Record(Plan(), CleaningMethod.MachineSweep, TestData.SpringFestival,
            TestData.SpringFestival.AddHours(1), new DateOnly(2023, 1, 22), null, ["sweep.jpg"], "crew-1", new IdempotencyStamp("crew-1|k", "f"), TestData.Clock()),
    };

    public static TheoryData<string> Names() => [.. Aggregates.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Round_trips_through_the_sqlite_json_document(string name) => DocumentRoundTrip.ThroughSqliteJson(Aggregates[name]());

    [Theory]
    [MemberData(nameof(Names))]
    public void Round_trips_through_the_mongodb_document(string name) => DocumentRoundTrip.ThroughMongoDocument(Aggregates[name]());

    [Fact]
    public void The_queried_fields_stand_at_the_top_of_the_documents()
    {
        MongoConventions.Register();
        var plan = Plan().ToBsonDocument();

        Assert.Equal(("JF-RMR-01", "410802"), (plan["segmentCode"].AsString, plan["districtCode"].AsString));
        Assert.Equal(["crew-1", "crew-2"], plan["crewIds"].AsBsonArray.Select(c => c.AsString));
        Assert.Equal("MachineSweep", plan["methods"][0]["method"].AsString);
        var run = Aggregates["run with an idempotency key"]().ToBsonDocument(typeof(CleaningRun));
        Assert.Equal((BsonType.DateTime, BsonType.DateTime), (run["day"].BsonType, run["startedAt"].BsonType));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Plan(), DocumentJson.Options));
        Assert.Equal("JF-RMR-01", json.RootElement.GetProperty("segmentCode").GetString());
        Assert.Equal("05:00:00", json.RootElement.GetProperty("methods")[0].GetProperty("windows")[0].GetProperty("start").GetString());
    }
}
