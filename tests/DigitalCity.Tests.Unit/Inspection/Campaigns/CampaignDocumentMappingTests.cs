using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using static DigitalCity.Tests.Unit.Inspection.Campaigns.CampaignData;

namespace DigitalCity.Tests.Unit.Inspection.Campaigns;

/// <summary>
/// The campaign aggregates keep private setters; both adapters' document forms must round-trip every field
/// (compared as their JSON). The BSON form is checked without a server here.
/// </summary>
public sealed class CampaignDocumentMappingTests
{
    static readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider Time = TestData.Clock();

    static readonly Dictionary<string, Func<AggregateRoot>> Aggregates = new()
    {
        ["campaign"] = () => GasCampaign(Time),
        ["group"] = () => Group(GasCampaign(Time), Time),
        ["visit with hazards fixed, re-inspected and overdue"] = VisitWithEveryHazardState,
        ["checklist book"] = () => ChecklistBook.Create(ChecklistSeed.Templates),
        ["daily summary"] = () => DailySummaryRecord.Publish(GasCampaign(Time), Shanyang, NewYearsDay,
            CampaignFigures.Of([new FigureCount(Shanyang, NewYearsDay, FigureIndicators.HazardsOfType("extinguisher"), 1)]), Time),
    };

    public static TheoryData<string> Names() => [.. Aggregates.Keys];

    static AggregateRoot VisitWithEveryHazardState()
    {
        var campaign = GasCampaign(Time);
        var visit = Visit(campaign, Group(campaign, Time), Time,
            ("extinguisher", OnTheSpot), ("metal-hose", By(Time.GetUtcNow().AddHours(1))), ("leak-alarm", By(Time.GetUtcNow().AddDays(3))));
        visit.Reinspect(visit.Hazards.Single(h => h.ItemCode == "leak-alarm").Id, "officer-2", false, "未整改", ["again.jpg"], Time.GetUtcNow().AddDays(5), NewYearsDay, Time);
        var late = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Time.GetUtcNow().AddHours(2));
        visit.MarkOverdue(NewYearsDay, new Dictionary<Guid, Guid> { [visit.Hazards.Single(h => h.ItemCode == "metal-hose").Id] = Guid.NewGuid() }, late);
        visit.MarkPersisted(3);
        return visit;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Round_trips_through_the_sqlite_json_document(string name) => DocumentRoundTrip.ThroughSqliteJson(Aggregates[name]());

    [Theory]
    [MemberData(nameof(Names))]
    public void Round_trips_through_the_mongodb_document(string name) => DocumentRoundTrip.ThroughMongoDocument(Aggregates[name]());

    [Fact]
    public void The_sweeps_index_fields_are_bson_dates_and_days_are_readable()
    {
        MongoConventions.Register();

        var document = VisitWithEveryHazardState().ToBsonDocument(typeof(DigitalCity.Inspection.Campaigns.Visits.InspectionVisit));

        Assert.Equal(BsonType.DateTime, document["nextDueAt"].BsonType);
        Assert.Equal(BsonType.DateTime, document["visitedAt"].BsonType);
        Assert.Equal("Overdue", document["hazards"].AsBsonArray.Single(h => h["itemCode"] == "metal-hose")["status"].AsString);
    }
}
