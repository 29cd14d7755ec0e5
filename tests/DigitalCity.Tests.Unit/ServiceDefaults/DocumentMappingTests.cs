using System.Text.Json;
using DigitalCity.Inspection.Cases;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

/// <summary>
/// Aggregates keep private setters; both adapters' document forms must still round-trip every field.
/// (The BSON form is checked without a server; the MongoDB contract suite checks it against one.)
/// </summary>
public class DocumentMappingTests
{
    static Case HandledCase()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", ["after.jpg"], "crew-7", time);
        @case.MarkPersisted(2);
        return @case;
    }

    [Fact]
    public void Case_round_trips_through_the_sqlite_json_document()
    {
        var original = HandledCase();

        var copy = JsonSerializer.Deserialize<Case>(JsonSerializer.Serialize(original, DocumentJson.Options), DocumentJson.Options)!;

        AssertSameCase(original, copy);
    }

    [Fact]
    public void Case_round_trips_through_the_mongodb_document()
    {
        MongoConventions.Register();
        var original = HandledCase();

        var document = original.ToBsonDocument();
        var copy = BsonSerializer.Deserialize<Case>(document);

        AssertSameCase(original, copy);
        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal("Handled", document["status"].AsString);
        Assert.Equal(BsonType.DateTime, document["reportedAt"].BsonType);
    }

    [Fact]
    public void Sanitation_task_round_trips_through_both_document_forms()
    {
        MongoConventions.Register();
        var time = TestData.Clock();
        var task = SanitationTask.FromCase(TestData.CaseReportedEvent(), time);
        task.Complete("crew-7", "已清运", ["after.jpg"], time);

        var fromJson = JsonSerializer.Deserialize<SanitationTask>(JsonSerializer.Serialize(task, DocumentJson.Options), DocumentJson.Options)!;
        var fromBson = BsonSerializer.Deserialize<SanitationTask>(task.ToBsonDocument());

        foreach (var copy in new[] { fromJson, fromBson })
        {
            Assert.Equal(task.Id, copy.Id);
            Assert.Equal(task.CaseId, copy.CaseId);
            Assert.Equal(task.Status, copy.Status);
            Assert.Equal(task.Result, copy.Result);
            Assert.Equal(task.CompletionPhotoRefs, copy.CompletionPhotoRefs);
            Assert.Equal(task.Location, copy.Location);
        }
    }

    [Fact]
    public void Pending_events_are_not_part_of_the_document()
    {
        var @case = TestData.ReportedCase(TestData.Clock());

        var json = JsonSerializer.Serialize(@case, DocumentJson.Options);

        Assert.DoesNotContain("pendingEvents", json, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(@case.PendingEvents());
    }

    static void AssertSameCase(Case expected, Case actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.CategoryCode, actual.CategoryCode);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Address, actual.Address);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.PhotoRefs, actual.PhotoRefs);
        Assert.Equal(expected.ReportedBy, actual.ReportedBy);
        Assert.Equal(expected.ReportedAt, actual.ReportedAt);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Handling!.TaskId, actual.Handling!.TaskId);
        Assert.Equal(expected.Handling.PhotoRefs, actual.Handling.PhotoRefs);
        Assert.Equal(expected.History.Count, actual.History.Count);
        Assert.Equal(expected.History.Select(h => (h.Action, h.StatusAfter, h.At)), actual.History.Select(h => (h.Action, h.StatusAfter, h.At)));
    }
}
