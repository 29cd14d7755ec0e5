using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Evaluation;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>
/// One working day of the supervision and command centres on a fake clock (Monday 2023-01-30, the first
/// regular working day after the Spring Festival break): a case walked through verification, urgent
/// filing, dispatch to two departments, 签收, a return, an extension, a suspension, a failed re-check
/// (rework), a late handling caught by the deadline sweep and a late closing; beside it a voided, a
/// rejected and a self-handled case. The cases live in the real SQLite store, the sweep is the service's,
/// and every event is read back from the outbox and projected into the real evaluation store with the
/// final state of its case (as a consumer running behind would). Asserts the due instants on the working calendar, the events and their
/// on-time flags, and the evaluation counters.
/// </summary>
public sealed class CaseJourneyTests : IDisposable
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateOnly Monday = new(2023, 1, 30);
    static readonly GeoPoint InZhanqian02 = new(113.24, 35.24);

    readonly TempDirectory _data = new();
    readonly FakeTimeProvider _time = new(At(9, 0));
    readonly DeadlineCalculator _calculator = new(WorkCalendar.China2023());
    readonly StepLimits _limits;
    readonly SqliteCaseStore _cases;
    readonly SqliteEvaluationStore _evaluation;
    readonly DeadlineSweep _sweep;
    readonly SqliteOutboxStore _outbox;
    List<IIntegrationEvent> _events = [];

    public CaseJourneyTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "inspection.db"), new OutboxSignal());
        _limits = StepLimits.Defaults(_calculator);
        _cases = new SqliteCaseStore(database);
        _evaluation = new SqliteEvaluationStore(database);
        _outbox = new SqliteOutboxStore(database);
        _sweep = new DeadlineSweep(_cases, _calculator, new DeadlineSweepOptions(), _time, NullLogger<DeadlineSweep>.Instance);
    }

    public void Dispose() => _data.Dispose();

    /// <summary>Monday's <paramref name="hour"/>:<paramref name="minute"/>, city time.</summary>
    static DateTimeOffset At(int hour, int minute) => new DateTimeOffset(2023, 1, 30, hour, minute, 0, China).ToUniversalTime();

    void Clock(int hour, int minute) => _time.SetUtcNow(At(hour, minute));

    async Task<Guid> ReportAsync(string category, int hour, int minute)
    {
        Clock(hour, minute);
        var place = CasePlace.From(JiaozuoPlaces.CreateDirectory().Assign(InZhanqian02)!);
        var @case = Case.Report(new CaseReport(InZhanqian02, "解放区 站前路", "现场问题", ["before.jpg"]),
            CategoryCatalog.Seed.Find(category, _time.GetUtcNow())!, "officer-1", null, _time, place);
        await _cases.SaveAsync(@case, default);
        return @case.Id;
    }

    /// <summary>One step as the API runs it: load, apply at the given time, save with its events.</summary>
    async Task<Case> StepAsync(Guid id, int hour, int minute, Action<Case> apply)
    {
        Clock(hour, minute);
        var @case = (await _cases.FindAsync(id, default))!;
        apply(@case);
        await _cases.SaveAsync(@case, default);
        return @case;
    }

    async Task<int> SweepAsync(int hour, int minute)
    {
        Clock(hour, minute);
        return await _sweep.SweepOnceAsync(default);
    }

    /// <summary>Every event the day's saves put in the outbox, in the order they happened.</summary>
    async Task<List<IIntegrationEvent>> OutboxAsync()
    {
        var messages = await _outbox.ClaimPendingAsync(10_000, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(1), default);
        return [.. messages.Select(m => (IIntegrationEvent)m.Deserialize()).OrderBy(e => e.OccurredAt)];
    }

    IEnumerable<T> Events<T>(Guid caseId)
        where T : IIntegrationEvent => _events.OfType<T>().Where(e => CaseIdOf(e) == caseId);

    static Guid CaseIdOf(IIntegrationEvent e) => (Guid)e.GetType().GetProperty("CaseId")!.GetValue(e)!;

    [Fact]
    public async Task A_day_of_cases_walks_every_path_with_its_deadlines_events_and_evaluation()
    {
        // 1. 上报 and 核实: the operator asks at 09:02; the verify limit (1 h) makes it due at 10:02.
        var main = await ReportAsync("E0102", 9, 0);
        var verifying = await StepAsync(main, 9, 2, c => c.RequestVerification("operator-1", "officer-2", "请核实", _time, _limits));
        Assert.Equal(At(10, 2), verifying.Verification!.Deadline!.DueAt);
        await StepAsync(main, 9, 30, c => c.SubmitVerification("officer-2", true, "属实", ["verify.jpg"], _time));

        // 2. 立案 urgent at 09:35: file + dispatch is due 10 min after the verification was answered.
        var filed = await StepAsync(main, 9, 35, c => c.File("lead-1", Urgency.Urgent, _time, _limits));
        Assert.Equal(At(9, 40), filed.DispatchDeadline!.DueAt);

        // 3. 派遣 at 09:38 to sanitation (the category's urgent limit, 2 working hours: due 11:38) and roads
        //    (1 working day of 7 h: due Tuesday 09:38).
        var dispatched = await StepAsync(main, 9, 38, c => c.Dispatch("dispatcher-1",
        [
            new DepartmentAssignment("sanitation", _limits.DueAt(TimeLimit.Parse(c.CategoryRules!.LimitFor(c.Urgency)!), _time.GetUtcNow()), c.CategoryRules.LimitFor(c.Urgency)),
            new DepartmentAssignment("roads", _limits.DueAt(TimeLimit.WorkingDays(1), _time.GetUtcNow()), "1 WorkingDays"),
        ], _time, _limits));
        Assert.Equal("2 WorkingHours", dispatched.Assignments[0].HandlingLimit);
        Assert.Equal(At(11, 38), dispatched.Assignments[0].DueAt);
        Assert.Equal(new DateTimeOffset(2023, 1, 31, 9, 38, 0, China), dispatched.Assignments[1].DueAt);
        Assert.Equal(At(10, 38), dispatched.Assignments[0].AcknowledgeDeadline!.DueAt);

        // 4. 签收, 回退 of roads' part, 延期 of sanitation's by one working hour (11:38 → 15:08 across lunch).
        await StepAsync(main, 9, 50, c => c.Acknowledge("sanitation", "crew-7", _time));
        await StepAsync(main, 10, 0, c => c.RequestReturn("roads", "roads-3", "不属于道路部门", _time));
        await StepAsync(main, 10, 5, c => c.ApproveReturn("dispatcher-1", _time, _limits));
        var extending = await StepAsync(main, 10, 10, c => c.RequestExtension("sanitation", "crew-7",
            _limits.DueAt(TimeLimit.WorkingHours(1), c.Assignments[0].DueAt), "垃圾量大", _time, "1 WorkingHours"));
        Assert.Equal(At(15, 8), extending.PendingRequest!.RequestedDueAt);
        await StepAsync(main, 10, 12, c => c.ApproveExtension("dispatcher-1", _time));

        // 5. 挂账 10:25–14:40: 1 h 45 min of working time stops, so handling is due 16:53.
        await StepAsync(main, 10, 20, c => c.RequestSuspension("sanitation", "crew-7", "等待环卫车辆", _time));
        await StepAsync(main, 10, 25, c => c.ApproveSuspension("dispatcher-1", _time));
        Assert.Equal(0, await SweepAsync(12, 0));
        var resumed = await StepAsync(main, 14, 40, c => c.Resume("dispatcher-1", _time));
        Assert.Equal(At(16, 53), _calculator.DueAt(resumed.DeadlineOf(resumed.Assignments[0])!, _time.GetUtcNow()));

        // 6. 处理反馈 on time, 核查 fails: 返工.
        await StepAsync(main, 15, 0, c => c.ReportHandled("sanitation", "crew-7", "已清运", ["after.jpg"], _time, _calculator));
        var rechecking = await StepAsync(main, 15, 5, c => c.RequestRecheck("operator-1", "officer-2", _time, _limits));
        Assert.Equal(At(17, 5), rechecking.Recheck!.Deadline!.DueAt);
        var reworked = await StepAsync(main, 15, 30, c => c.SubmitRecheck("officer-2", false, "仍有残留", ["recheck.jpg"], _time));
        Assert.Equal((CaseStatus.Dispatched, 1), (reworked.Status, reworked.ReworkCount));

        // 7. The sweep: yellow at 16:30 (2 h 37 min of 3 h used), red at 17:00; each raised once.
        Assert.Equal(1, await SweepAsync(16, 30));
        Assert.Equal(0, await SweepAsync(16, 40));
        Assert.Equal(1, await SweepAsync(17, 0));

        // 8. Handled late, re-checked in time, closed late.
        await StepAsync(main, 17, 10, c => c.ReportHandled("sanitation", "crew-7", "已彻底清运", ["after-2.jpg"], _time, _calculator));
        await StepAsync(main, 17, 15, c => c.RequestRecheck("operator-1", "officer-2", _time, _limits));
        await StepAsync(main, 17, 40, c => c.SubmitRecheck("officer-2", true, "已清理干净", ["recheck-2.jpg"], _time));
        var closed = await StepAsync(main, 17, 45, c => c.Close("lead-1", _time));
        Assert.Equal(CaseStatus.Closed, closed.Status);

        // 作废: filed at 17:50, dispatched late at 18:30 (due 18:20, 30 min after the report), voided.
        var voided = await ReportAsync("E0507", 17, 50);
        await StepAsync(voided, 17, 55, c => c.File("lead-1", Urgency.Normal, _time, _limits));
        await StepAsync(voided, 18, 30, c => c.Dispatch("dispatcher-1", [new DepartmentAssignment("enforcement", _limits.DueAt(TimeLimit.Hours(2), _time.GetUtcNow()), "2 Hours")], _time, _limits));
        await StepAsync(voided, 18, 35, c => c.Acknowledge("enforcement", "officer-9", _time));
        await StepAsync(voided, 18, 40, c => c.RequestVoid("dispatcher-1", "重复立案", _time));
        Assert.Equal(CaseStatus.Voided, (await StepAsync(voided, 18, 45, c => c.ApproveVoid("lead-1", _time))).Status);

        // 不予受理 and 自处理.
        var rejected = await ReportAsync("E0201", 18, 50);
        await StepAsync(rejected, 18, 55, c => c.Reject("operator-1", "已自行清除", _time));
        var selfHandled = await ReportAsync("E0102", 19, 0);
        await StepAsync(selfHandled, 19, 2, c => c.SelfHandle("officer-1", "已当场清理", ["self.jpg"], _time));
        await StepAsync(selfHandled, 19, 10, c => c.Close("lead-1", _time));

        _events = await OutboxAsync();
        AssertEvents(main, voided, selfHandled);
        await AssertEvaluationAsync(main, voided, rejected, selfHandled);
    }

    void AssertEvents(Guid main, Guid voided, Guid selfHandled)
    {
        Assert.True(Assert.Single(Events<CaseVerified>(main)).OnTime);
        Assert.True(Assert.Single(Events<CaseDispatched>(main)).OnTime);
        Assert.False(Assert.Single(Events<CaseDispatched>(voided)).OnTime);
        Assert.True(Assert.Single(Events<CaseAcknowledged>(main)).OnTime);
        Assert.Equal([true, false], Events<CaseHandled>(main).Select(e => e.OnTime));
        Assert.Equal([true, true], Events<CaseRechecked>(main).Select(e => e.OnTime));
        Assert.Equal([(1, "sanitation")], Events<CaseReworkOrdered>(main).Select(e => (e.ReworkCount, Assert.Single(e.DepartmentCodes))));
        Assert.Equal("roads", Assert.Single(Events<CaseReturned>(main)).DepartmentCode);
        Assert.Equal(At(15, 8), Assert.Single(Events<CaseExtended>(main)).NewDueAt);
        Assert.Single(Events<CaseSuspended>(main));
        Assert.Equal(At(10, 25), Assert.Single(Events<CaseResumed>(main)).SuspendedFrom);
        Assert.False(Assert.Single(Events<CaseClosed>(main)).OnTime);
        Assert.Null(Assert.Single(Events<CaseClosed>(selfHandled)).OnTime);
        Assert.Single(Events<CaseVoided>(voided));
        Assert.Equal([(DeadlineSteps.Handling, "sanitation", At(16, 53))], Events<CaseDeadlineWarning>(main).Select(e => (e.Step, e.Department, e.DueAt)));
        Assert.Equal([(DeadlineSteps.Handling, "sanitation", At(16, 53))], Events<CaseOverdue>(main).Select(e => (e.Step, e.Department, e.DueAt)));
    }

    async Task AssertEvaluationAsync(Guid main, Guid voided, Guid rejected, Guid selfHandled)
    {
        var cases = new List<Case>();
        foreach (var id in new[] { main, voided, rejected, selfHandled })
        {
            cases.Add((await _cases.FindAsync(id, default))!);
        }

        var final = cases.ToDictionary(c => c.Id);
        var projector = new FactProjector(_calculator.Calendar.TimeZone);
        foreach (var e in _events)
        {
            await _evaluation.RecordAsync(projector.Project(e, final[CaseIdOf(e)]), default);
        }

        // Recording everything again (a redelivery) changes nothing.
        foreach (var e in _events)
        {
            Assert.Equal(0, await _evaluation.RecordAsync(projector.Project(e, final[CaseIdOf(e)]), default));
        }

        var district = await _evaluation.CountAsync(new EvaluationScope(ScopeKind.District, "410802"), Monday, Monday, default);
        Assert.Equal(
            new Dictionary<string, long>
            {
                [Indicators.Reports] = 4,
                [Indicators.ValidReports] = 3,
                [Indicators.Filed] = 2,
                [Indicators.Voided] = 1,
                [Indicators.VerificationsRequested] = 1,
                [Indicators.VerificationsOnTime] = 1,
                [Indicators.RechecksRequested] = 2,
                [Indicators.RechecksOnTime] = 2,
                [Indicators.Dispatches] = 3,
                [Indicators.DispatchesOnTime] = 2,
                [Indicators.Returns] = 1,
                [Indicators.Handled] = 1,
                [Indicators.HandledOnTime] = 1,
                [Indicators.HandlingDue] = 1,
                [Indicators.Reworked] = 1,
                [Indicators.Closed] = 2,
                [Indicators.ClosingDue] = 2,
                [Indicators.DepartmentClosed] = 1,
                [Indicators.DepartmentClosingDue] = 1,
            },
            district.ToDictionary().Where(kv => kv.Value != 0).ToDictionary());

        var sanitation = await _evaluation.CountAsync(new EvaluationScope(ScopeKind.Department, "sanitation"), Monday, Monday, default);
        Assert.Equal((1L, 1L, 1L, 1L, 0L), (sanitation[Indicators.Dispatches], sanitation[Indicators.Handled], sanitation[Indicators.Reworked], sanitation[Indicators.DepartmentClosed], sanitation[Indicators.DepartmentClosedOnTime]));
        var roads = await _evaluation.CountAsync(new EvaluationScope(ScopeKind.Department, "roads"), Monday, Monday, default);
        Assert.Equal((1L, 1L, 0L), (roads[Indicators.Dispatches], roads[Indicators.Returns], roads[Indicators.Handled]));
        var officer = await _evaluation.CountAsync(new EvaluationScope(ScopeKind.Person, "officer-2"), Monday, Monday, default);
        Assert.Equal((1L, 1L, 2L, 2L), (officer[Indicators.VerificationsRequested], officer[Indicators.VerificationsOnTime], officer[Indicators.RechecksRequested], officer[Indicators.RechecksOnTime]));
    }
}
