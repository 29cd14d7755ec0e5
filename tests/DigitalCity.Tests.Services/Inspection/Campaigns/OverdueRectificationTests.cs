using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Campaigns.Sweeps;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Inspection.Campaigns;

/// <summary>
/// The campaign sweep on a fake clock over the real SQLite stores: a rectification ordered by a deadline
/// goes overdue, is flagged once and — the campaign escalating — reported into the closed loop as one
/// case; the day's summary is published once, after the day has ended.
/// </summary>
public sealed class OverdueRectificationTests : IDisposable
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateOnly NewYearsDay = new(2023, 1, 22);

    readonly TempDirectory _data = new();
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 22, 10, 0, 0, China));
    readonly SqliteCampaignStore _campaigns;
    readonly SqliteCaseStore _cases;
    readonly SqliteCampaignFigureStore _figures;
    readonly SqliteOutboxStore _outbox;
    readonly OverdueRectifications _overdue;
    readonly DailySummaries _summaries;

    public OverdueRectificationTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        _campaigns = new SqliteCampaignStore(database);
        _cases = new SqliteCaseStore(database);
        _figures = new SqliteCampaignFigureStore(database);
        _outbox = new SqliteOutboxStore(database);
        var categories = new CategoryBookStore(
            SingletonAggregateStore.Sqlite(database, CategoriesModule.TableName, CategoryBook.BookId, () => CategoryBook.Create(CategoryCatalog.Seed)),
            new CategoryOptions(), _time);
        var places = new PlaceDirectoryProvider(JiaozuoPlaces.CreateDirectory(), new SqliteGridImportStore(database));
        var city = new CityClock(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), _time);
        var options = new CampaignSweepOptions();
        _overdue = new OverdueRectifications(_campaigns, _cases, categories, places, city, options, _time, NullLogger<OverdueRectifications>.Instance);
        _summaries = new DailySummaries(_campaigns, _figures, city, options, _time);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task An_overdue_rectification_is_flagged_once_and_reported_as_one_case_in_the_closed_loop()
    {
        var visit = await VisitWithHazardDueAsync(new DateTimeOffset(2023, 1, 23, 18, 0, 0, China), escalateTo: "E0403");
        Assert.Equal(0, await _overdue.SweepOnceAsync(default));

        _time.SetUtcNow(new DateTimeOffset(2023, 1, 23, 18, 5, 0, China));
        Assert.Equal(1, await _overdue.SweepOnceAsync(default));
        Assert.Equal(0, await _overdue.SweepOnceAsync(default));

        var hazard = (await _campaigns.FindVisitAsync(visit.Id, default))!.Hazards.Single();
        Assert.Equal(HazardStatus.Overdue, hazard.Status);
        var @case = await _cases.FindAsync(hazard.CaseId!.Value, default);
        Assert.NotNull(@case);
        Assert.Equal(("E0403", CaseStatus.Reported, OverdueRectifications.Reporter), (@case.CategoryCode, @case.Status, @case.ReportedBy));
        Assert.Contains("老彪胡辣汤", @case.Description, StringComparison.Ordinal);
        var events = await OutboxAsync();
        var overdue = Assert.Single(events.OfType<RectificationOverdue>());
        Assert.Equal((hazard.CaseId, new DateOnly(2023, 1, 23)), (overdue.CaseId, overdue.Day));
        Assert.Single(events.OfType<CaseReported>());
    }

    [Fact]
    public async Task Without_escalation_an_overdue_rectification_opens_no_case()
    {
        var visit = await VisitWithHazardDueAsync(new DateTimeOffset(2023, 1, 22, 18, 0, 0, China), escalateTo: null);

        _time.SetUtcNow(new DateTimeOffset(2023, 1, 22, 18, 1, 0, China));
        Assert.Equal(1, await _overdue.SweepOnceAsync(default));

        Assert.Null((await _campaigns.FindVisitAsync(visit.Id, default))!.Hazards.Single().CaseId);
        Assert.Empty((await OutboxAsync()).OfType<CaseReported>());
    }

    [Fact]
    public async Task A_days_summary_is_published_once_after_the_day_has_ended()
    {
        var visit = await VisitWithHazardDueAsync(new DateTimeOffset(2023, 1, 24, 18, 0, 0, China), escalateTo: null);
        foreach (var e in (await OutboxAsync()).OfType<InspectionCompleted>())
        {
            await _figures.RecordAsync(FigureProjector.Project(e), default);
        }

        Assert.Equal(0, await _summaries.PublishDueAsync(default));
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 23, 1, 30, 0, China));
        Assert.Equal(1, await _summaries.PublishDueAsync(default));
        Assert.Equal(0, await _summaries.PublishDueAsync(default));

        var summary = Assert.Single((await OutboxAsync()).OfType<DailyInspectionSummary>());
        Assert.Equal((visit.CampaignId, "410811", NewYearsDay, 1), (summary.CampaignId, summary.DistrictCode, summary.Day, summary.PremisesChecked));
    }

    async Task<InspectionVisit> VisitWithHazardDueAsync(DateTimeOffset dueAt, string? escalateTo)
    {
        var campaign = Campaign.Plan(new CampaignPlan("春节燃气安全", InspectionType.GasSafety, SpecialAction.PublicSafety,
            new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27), ["410811"], ChecklistSeed.GasSafety, 1, escalateTo), "manager-1", _time);
        await _campaigns.SaveCampaignAsync(campaign, default);
        var group = InspectionGroup.Form(campaign, "410811", NewYearsDay, "山阳一组", "officer-1", ["officer-1"], "manager-1", _time);
        await _campaigns.SaveGroupAsync(group, default);
        var checklist = ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety);
        var answers = checklist.Items.Select(i => new ChecklistAnswer(i.Code, i.Code == "metal-hose" ? AnswerResult.Fail : AnswerResult.Pass, null, [])).ToList();
        var visit = InspectionVisit.Record(new VisitRecord(campaign, group, checklist,
                new VisitedPremises(Guid.NewGuid(), "老彪胡辣汤", "山阳区 解放中路", "410811", new GeoPoint(113.2575, 35.2375)),
                _time.GetUtcNow(), NewYearsDay, ["officer-1"], answers,
                new Dictionary<string, RectificationOrder> { ["metal-hose"] = new(RectificationMode.ByDeadline, dueAt, []) }, []),
            "officer-1", null, _time);
        await _campaigns.SaveVisitAsync(visit, default);
        return visit;
    }

    async Task<List<IIntegrationEvent>> OutboxAsync()
    {
        var messages = await _outbox.ClaimPendingAsync(10_000, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(1), default);
        await _outbox.ReleaseAsync(messages, default);
        return [.. messages.Select(m => (IIntegrationEvent)m.Deserialize())];
    }
}
