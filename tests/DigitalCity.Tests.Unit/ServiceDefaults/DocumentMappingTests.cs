using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.Tests.Unit.Inspection;
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
        @case.File("lead-1", Urgency.Normal, time.Next());
        @case.Dispatch("dispatcher-1", [new("sanitation", time.GetUtcNow().AddHours(4))], time.Next());
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", ["after.jpg"], "crew-7", time.Next());
        @case.MarkPersisted(4);
        return @case;
    }

    /// <summary>Verified, filed, dispatched to three departments, one returned, one handled, one asking for more time.</summary>
    static Case CaseInTheMiddleOfTheLoop()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);
        @case.RequestVerification("operator-1", "officer-2", "请核实", time.Next());
        @case.SubmitVerification("officer-2", true, "属实", ["verify.jpg"], time.Next());
        @case.File("lead-1", Urgency.Urgent, time.Next());
        @case.Dispatch("dispatcher-1",
            [new("sanitation", time.GetUtcNow().AddHours(4)), new("roads", time.GetUtcNow().AddDays(1)), new("greening", time.GetUtcNow().AddDays(1))],
            time.Next());
        @case.RequestReturn("roads", "roads-3", "非本部门", time.Next());
        @case.ApproveReturn("dispatcher-1", time.Next());
        @case.RequestSuspension("greening", "greening-5", "冬季", time.Next());
        @case.ApproveSuspension("dispatcher-1", time.Next());
        @case.Resume("dispatcher-1", time.Next());
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", ["after.jpg"], "crew-7", time.Next());
        @case.Supervise("lead-1", "群众反映", time.Next());
        @case.RequestExtension("greening", "greening-5", time.GetUtcNow().AddDays(5), "需采购苗木", time.Next());
        @case.MarkPersisted(13);
        return @case;
    }

    static Case SuspendedCase()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);
        @case.File("lead-1", Urgency.Normal, time.Next());
        @case.Dispatch("dispatcher-1", [new("roads", time.GetUtcNow().AddDays(1))], time.Next());
        @case.RequestSuspension("roads", "roads-3", "管网施工", time.Next());
        @case.ApproveSuspension("dispatcher-1", time.Next());
        @case.MarkPersisted(5);
        return @case;
    }

    static Case CaseClosedAfterRework()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);
        @case.File("lead-1", Urgency.Normal, time.Next());
        @case.Dispatch("dispatcher-1", [new("sanitation", time.GetUtcNow().AddHours(4))], time.Next());
        @case.ReportHandled("sanitation", "crew-7", "已清运", ["after.jpg"], time.Next());
        @case.RequestRecheck("operator-1", "officer-2", time.Next());
        @case.SubmitRecheck("officer-2", false, "仍有垃圾", ["recheck.jpg"], time.Next());
        @case.ReportHandled("sanitation", "crew-7", "已再次清运", ["after-2.jpg"], time.Next());
        @case.RequestRecheck("operator-1", "officer-2", time.Next());
        @case.SubmitRecheck("officer-2", true, "已整改", ["recheck-2.jpg"], time.Next());
        @case.Close("lead-1", time.Next());
        @case.MarkPersisted(10);
        return @case;
    }

    static Case SelfHandledCase()
    {
        var time = TestData.Clock();
        var @case = TestData.ReportedCase(time);
        @case.SelfHandle("officer-1", "已随手清理", ["fixed.jpg"], time.Next());
        @case.MarkPersisted(2);
        return @case;
    }

    /// <summary>Step clocks with alerts on a verification, a filing and an acknowledgement, and the category version's rules.</summary>
    static Case CaseWithStepClocks()
    {
        var time = TestData.Clock();
        var limits = StepLimits.Defaults(new DeadlineCalculator(WorkCalendar.China2023()));
        var @case = TestData.ReportedCase(time);
        @case.RequestVerification("operator-1", "officer-2", null, time, limits);
        time.Advance(TimeSpan.FromMinutes(70));
        @case.RecordStepDeadlines(limits.Calculator, time);
        @case.SubmitVerification("officer-2", true, null, [], time);
        @case.File("lead-1", Urgency.Urgent, time, limits);
        @case.Dispatch("dispatcher-1", [new DepartmentAssignment("sanitation", time.GetUtcNow().AddHours(2), "2 Hours")], time, limits);
        time.Advance(TimeSpan.FromMinutes(50));
        @case.RecordStepDeadlines(limits.Calculator, time);
        @case.MarkPersisted(3);
        return @case;
    }

    static readonly Dictionary<string, Func<Case>> Cases = new()
    {
        ["with step clocks"] = CaseWithStepClocks,
        ["handled straight from the report"] = HandledCase,
        ["in the middle of the loop"] = CaseInTheMiddleOfTheLoop,
        ["suspended"] = SuspendedCase,
        ["closed after rework"] = CaseClosedAfterRework,
        ["self-handled"] = SelfHandledCase,
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_round_trips_through_the_sqlite_json_document(string name)
    {
        var original = Cases[name]();

        var copy = JsonSerializer.Deserialize<Case>(JsonSerializer.Serialize(original, DocumentJson.Options), DocumentJson.Options)!;

        AssertSameCase(original, copy);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_round_trips_through_the_mongodb_document(string name)
    {
        MongoConventions.Register();
        var original = Cases[name]();

        var document = original.ToBsonDocument();
        var copy = BsonSerializer.Deserialize<Case>(document);

        AssertSameCase(original, copy);
        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal(original.Status.ToString(), document["status"].AsString);
        Assert.Equal(BsonType.DateTime, document["reportedAt"].BsonType);
    }

    [Fact]
    public void Lifecycle_fields_are_readable_in_the_mongodb_document()
    {
        MongoConventions.Register();

        var document = CaseInTheMiddleOfTheLoop().ToBsonDocument();

        var returned = document["assignments"][1].AsBsonDocument;
        Assert.Equal(("roads", "Returned", BsonType.DateTime), (returned["departmentCode"].AsString, returned["status"].AsString, returned["dueAt"].BsonType));
        Assert.Equal("Extension", document["pendingRequest"]["kind"].AsString);
        Assert.Equal(BsonType.DateTime, document["suspensions"][0]["to"].BsonType);
        Assert.Equal("Urgent", document["urgency"].AsString);
        Assert.Equal("greening", document["history"].AsBsonArray[^1]["departmentCode"].AsString);
    }

    [Fact]
    public void A_case_stored_before_the_lifecycle_fields_loads_with_empty_ones()
    {
        MongoConventions.Register();
        var original = HandledCase();
        string[] lifecycle = ["verification", "urgency", "filedAt", "assignments", "pendingRequest", "suspensions", "recheck", "reworkCount", "supervised", "selfHandled", "closedAt", "recheckPassed"];
        var document = original.ToBsonDocument();
        var json = JsonNode.Parse(JsonSerializer.Serialize(original, DocumentJson.Options))!.AsObject();
        foreach (var field in lifecycle)
        {
            document.Remove(field);
            json.Remove(field);
        }

        foreach (var entry in document["history"].AsBsonArray)
        {
            entry.AsBsonDocument.Remove("departmentCode");
        }

        foreach (var entry in json["history"]!.AsArray())
        {
            entry!.AsObject().Remove("departmentCode");
        }

        var fromBson = BsonSerializer.Deserialize<Case>(document);
        var fromJson = json.Deserialize<Case>(DocumentJson.Options)!;

        foreach (var copy in new[] { fromBson, fromJson })
        {
            Assert.Equal(original.Status, copy.Status);
            Assert.Empty(copy.Assignments);
            Assert.Empty(copy.Suspensions);
            Assert.Null(copy.PendingRequest);
            Assert.Equal(Urgency.Normal, copy.Urgency);
            Assert.All(copy.History, h => Assert.Null(h.DepartmentCode));
            Assert.Equal(original.History.Select(h => h.Action), copy.History.Select(h => h.Action));
        }
    }

    [Fact]
    public void Sanitation_task_round_trips_through_both_document_forms()
    {
        MongoConventions.Register();
        var time = TestData.Clock();
        var dispatched = TestData.CaseDispatchedEvent();
        var task = SanitationTask.FromDispatch(dispatched, dispatched.Departments[0], time);
        task.Complete("crew-7", "已清运", ["after.jpg"], time);
        var cancelled = SanitationTask.FromDispatch(TestData.CaseDispatchedEvent(), dispatched.Departments[0], time);
        cancelled.Cancel("作废: 重复立案", time);

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
            Assert.Equal(task.DueAt, copy.DueAt);
            Assert.Equal(task.SourceEventId, copy.SourceEventId);
            Assert.Equal(task.SourceEventAt, copy.SourceEventAt);
            Assert.Equal(task.DepartmentCode, copy.DepartmentCode);
        }

        foreach (var copy in new[]
                 {
                     JsonSerializer.Deserialize<SanitationTask>(JsonSerializer.Serialize(cancelled, DocumentJson.Options), DocumentJson.Options)!,
                     BsonSerializer.Deserialize<SanitationTask>(cancelled.ToBsonDocument()),
                 })
        {
            Assert.Equal((SanitationTaskStatus.Cancelled, "作废: 重复立案"), (copy.Status, copy.CancellationReason));
            Assert.Equal(cancelled.CancelledAt, copy.CancelledAt);
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
        Assert.Equal(expected.Urgency, actual.Urgency);
        Assert.Equal(expected.FiledAt, actual.FiledAt);
        Assert.Equal(expected.ReworkCount, actual.ReworkCount);
        Assert.Equal(expected.Supervised, actual.Supervised);
        Assert.Equal(expected.SelfHandled, actual.SelfHandled);
        Assert.Equal(expected.RecheckPassed, actual.RecheckPassed);
        Assert.Equal(expected.ClosedAt, actual.ClosedAt);
        Assert.Equal(expected.Suspensions, actual.Suspensions);
        Assert.Equal(expected.RecordedTaskIds, actual.RecordedTaskIds);
        Assert.Equal(expected.DispatchDeadline, actual.DispatchDeadline);
        Assert.Equal(expected.CategoryRules, actual.CategoryRules);

        // Records holding lists compare their lists by reference; their JSON form compares every value.
        Assert.Equal(Json(expected.Handling), Json(actual.Handling));
        Assert.Equal(Json(expected.Verification), Json(actual.Verification));
        Assert.Equal(Json(expected.Assignments), Json(actual.Assignments));
        Assert.Equal(Json(expected.PendingRequest), Json(actual.PendingRequest));
        Assert.Equal(Json(expected.Recheck), Json(actual.Recheck));
        Assert.Equal(Json(expected.History), Json(actual.History));
    }

    [Fact]
    public void Step_clocks_keep_their_alerts_in_both_document_forms()
    {
        MongoConventions.Register();
        var original = CaseWithStepClocks();

        var fromBson = BsonSerializer.Deserialize<Case>(original.ToBsonDocument());
        var fromJson = JsonSerializer.Deserialize<Case>(JsonSerializer.Serialize(original, DocumentJson.Options), DocumentJson.Options)!;

        foreach (var copy in new[] { fromBson, fromJson })
        {
            Assert.Equal(DeadlineAlert.Overdue, copy.Verification!.Deadline!.Alert);
            Assert.Equal(("1 Hours", DeadlineAlert.Warned), (copy.Assignments[0].AcknowledgeDeadline!.Limit, copy.Assignments[0].AcknowledgeDeadline!.Alert));
            Assert.Equal("10 Minutes", copy.DispatchDeadline!.Limit);
            Assert.Equal(new CategoryRules(1, "sanitation", "4 WorkingHours", "2 WorkingHours"), copy.CategoryRules);
        }
    }

    [Fact]
    public void The_category_book_round_trips_every_version_through_both_document_forms()
    {
        MongoConventions.Register();
        var time = TestData.Clock();
        var book = CategoryBook.Create(CategoryCatalog.Seed);
        book.AddVersion(new Category("E0102", CategoryKind.Event, "市容环境", "暴露垃圾", "sanitation", "有暴露垃圾", "清除干净", "3 WorkingHours", null, Active: false), time.GetUtcNow().AddDays(1), "admin-1", time);

        var fromBson = BsonSerializer.Deserialize<CategoryBook>(book.ToBsonDocument());
        var fromJson = JsonSerializer.Deserialize<CategoryBook>(JsonSerializer.Serialize(book, DocumentJson.Options), DocumentJson.Options)!;

        foreach (var copy in new[] { fromBson, fromJson })
        {
            Assert.Equal(book.Versions, copy.Versions);
            Assert.Equal(time.GetUtcNow().AddDays(1), copy.Catalog().Find("E0102")!.EffectiveFrom);
        }
    }

    static string Json<T>(T value) => JsonSerializer.Serialize(value, DocumentJson.Options);
}
