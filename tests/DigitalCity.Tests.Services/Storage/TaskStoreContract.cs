using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ITaskStore"/> must do.</summary>
public abstract class TaskStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract ITaskStore Store { get; }

    SanitationTask NewTask(Guid? caseId = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return CaseEvents.Task(Time, caseId);
    }

    [Fact]
    public async Task One_event_of_a_case_opens_at_most_one_task()
    {
        var dispatched = CaseEvents.Dispatched(Time.GetUtcNow());
        var first = SanitationTask.FromDispatch(dispatched, dispatched.Departments[0], Time);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(SanitationTask.FromDispatch(dispatched, dispatched.Departments[0], Time), default));

        Assert.Equal(first.Id, (await Store.FindBySourceAsync(dispatched.CaseId, dispatched.EventId, default))!.Id);
        Assert.Null(await Store.FindBySourceAsync(dispatched.CaseId, Guid.NewGuid(), default));
    }

    [Fact]
    public async Task A_case_has_a_task_per_dispatch_and_rework_listed_oldest_first()
    {
        var caseId = Guid.NewGuid();
        var first = NewTask(caseId);
        first.Complete("crew-7", "已清运", [], Time);
        await Store.SaveAsync(first, default);
        Time.Advance(TimeSpan.FromMinutes(1));
        var rework = SanitationTask.ForRework(first, new CaseReworkOrdered(Guid.NewGuid(), Time.GetUtcNow(), caseId, "n", "officer-2", ["sanitation"], 1), Time);
        await Store.SaveAsync(rework, default);
        await Store.SaveAsync(NewTask(), default);

        var tasks = await Store.ListByCaseAsync(caseId, default);

        Assert.Equal([first.Id, rework.Id], tasks.Select(t => t.Id));
        Assert.Equal([SanitationTaskStatus.Completed, SanitationTaskStatus.Open], tasks.Select(t => t.Status));
    }

    [Fact]
    public async Task Cancelled_task_round_trips_with_its_reason()
    {
        var task = NewTask();
        await Store.SaveAsync(task, default);
        var loaded = (await Store.FindAsync(task.Id, default))!;

        loaded.Cancel("作废: 重复立案", Time);
        await Store.SaveAsync(loaded, default);

        var found = (await Store.FindAsync(task.Id, default))!;
        Assert.Equal((SanitationTaskStatus.Cancelled, "作废: 重复立案", Time.GetUtcNow()), (found.Status, found.CancellationReason, found.CancelledAt!.Value));
        Assert.Equal(task.DueAt, found.DueAt);
    }

    [Fact]
    public async Task Completed_task_round_trips_and_conflicts_on_a_stale_copy()
    {
        var task = NewTask();
        await Store.SaveAsync(task, default);
        var stale = (await Store.FindAsync(task.Id, default))!;
        var loaded = (await Store.FindAsync(task.Id, default))!;

        loaded.Complete("crew-7", "已清运", ["after.jpg"], Time);
        await Store.SaveAsync(loaded, default);
        stale.Complete("crew-8", "late", [], Time);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(stale, default));
        var found = (await Store.FindAsync(task.Id, default))!;
        Assert.Equal(SanitationTaskStatus.Completed, found.Status);
        Assert.Equal("crew-7", found.CompletedBy);
        Assert.Equal(["after.jpg"], found.CompletionPhotoRefs);
    }

    [Fact]
    public async Task Lists_filter_by_status_oldest_first()
    {
        var open = NewTask();
        var done = NewTask();
        done.Complete("crew-7", "ok", [], Time);
        var later = NewTask();
        foreach (var t in new[] { open, done, later })
        {
            await Store.SaveAsync(t, default);
        }

        var openTasks = await Store.ListAsync(new TaskFilter(SanitationTaskStatus.Open), new PageRequest(1, 100), default);

        var ids = openTasks.Items.Select(t => t.Id).ToList();
        Assert.DoesNotContain(done.Id, ids);
        Assert.True(ids.IndexOf(open.Id) < ids.IndexOf(later.Id));
    }

    protected SanitationTask Overflow(string? facility, TaskSource source = TaskSource.Sensor, IdempotencyStamp? stamp = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return SanitationTask.ForOverflow(new OverflowSighting(source, facility, new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "满溢", [],
            Time.GetUtcNow().AddHours(2), "sanitation", "crew-7", Stamp: stamp), Time);
    }

    [Fact]
    public async Task A_facility_has_at_most_one_open_task_and_a_new_one_once_it_is_done()
    {
        var facility = $"LB-{Guid.NewGuid():N}"[..20];
        var first = Overflow(facility);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(Overflow(facility, TaskSource.Staff), default));
        Assert.Equal(first.Id, (await Store.FindOpenForFacilityAsync(facility, default))!.Id);

        first.Complete("crew-7", "已清运", [], Time);
        await Store.SaveAsync(first, default);
        Assert.Null(await Store.FindOpenForFacilityAsync(facility, default));
        var second = Overflow(facility);
        await Store.SaveAsync(second, default);
        Assert.Equal(second.Id, (await Store.FindOpenForFacilityAsync(facility, default))!.Id);
    }

    [Fact]
    public async Task An_idempotency_key_opens_at_most_one_task()
    {
        var stamp = IdempotencyStamp.For("crew-7", Guid.NewGuid().ToString(), new { at = 1 });
        var task = Overflow(null, TaskSource.Staff, stamp);
        await Store.SaveAsync(task, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(Overflow(null, TaskSource.Staff, stamp), default));

        var found = (await Store.FindByIdempotencyKeyAsync(stamp.ScopedKey, default))!;
        Assert.Equal((task.Id, stamp.Fingerprint, TaskSource.Staff, TaskKind.Collection), (found.Id, found.RequestFingerprint, found.Source, found.Kind));
        Assert.Null(await Store.FindByIdempotencyKeyAsync("crew-7|other", default));
    }

    [Fact]
    public async Task Lists_filter_by_source_kind_and_facility()
    {
        var facility = $"CP-{Guid.NewGuid():N}"[..20];
        var fromCase = NewTask();
        var sensor = Overflow(facility);
        var staff = Overflow(null, TaskSource.Staff);
        foreach (var t in new[] { fromCase, sensor, staff })
        {
            await Store.SaveAsync(t, default);
        }

        async Task<List<Guid>> Ids(TaskFilter filter) => [.. (await Store.ListAsync(filter, new PageRequest(1, 100), default)).Items.Select(t => t.Id)];

        Assert.Equal([sensor.Id], await Ids(new TaskFilter(FacilityCode: facility)));
        Assert.Equal([fromCase.Id], await Ids(new TaskFilter(CaseId: fromCase.CaseId)));
        var sensors = await Ids(new TaskFilter(Source: TaskSource.Sensor));
        Assert.Contains(sensor.Id, sensors);
        Assert.DoesNotContain(staff.Id, sensors);
        var cases = await Ids(new TaskFilter(Source: TaskSource.Case, Kind: TaskKind.General));
        Assert.Contains(fromCase.Id, cases);
        Assert.DoesNotContain(sensor.Id, cases);
        var collections = await Ids(new TaskFilter(SanitationTaskStatus.Open, Kind: TaskKind.Collection));
        Assert.Contains(staff.Id, collections);
        Assert.DoesNotContain(fromCase.Id, collections);
    }
}
