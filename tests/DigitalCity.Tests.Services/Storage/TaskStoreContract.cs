using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
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
        var reported = new CaseReported(Guid.NewGuid(), Time.GetUtcNow(), caseId ?? Guid.NewGuid(), "n", "E0105", "垃圾满溢",
            new GeoPoint(113.2, 35.2), "a", "d", [], "officer-1");
        return SanitationTask.FromCase(reported, Time);
    }

    [Fact]
    public async Task A_case_has_at_most_one_task()
    {
        var caseId = Guid.NewGuid();
        var first = NewTask(caseId);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(NewTask(caseId), default));

        Assert.Equal(first.Id, (await Store.FindByCaseAsync(caseId, default))!.Id);
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

        var openTasks = await Store.ListAsync(SanitationTaskStatus.Open, new PageRequest(1, 100), default);

        var ids = openTasks.Items.Select(t => t.Id).ToList();
        Assert.DoesNotContain(done.Id, ids);
        Assert.True(ids.IndexOf(open.Id) < ids.IndexOf(later.Id));
    }
}
