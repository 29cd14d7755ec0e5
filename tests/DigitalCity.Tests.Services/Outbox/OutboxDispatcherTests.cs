using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalCity.Tests.Services.Outbox;

/// <summary>Reliable publishing: nothing accepted is lost while the broker is down, and ids never change.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    readonly ServiceProvider _provider = new ServiceCollection().AddMassTransitTestHarness().BuildServiceProvider(true);
    readonly OutboxSignal _signal = new();
    ITestHarness _harness = null!;
    SqliteDatabase _database = null!;
    SqliteTaskStore _tasks = null!;
    SqliteOutboxStore _outbox = null!;

    public async ValueTask InitializeAsync()
    {
        _harness = _provider.GetRequiredService<ITestHarness>();
        await _harness.Start();
        _database = new SqliteDatabase(Path.Combine(_data.Path, "sanitation.db"), _signal);
        _tasks = new SqliteTaskStore(_database);
        _outbox = new SqliteOutboxStore(_database);
    }

    public async ValueTask DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        _data.Dispose();
    }

    OutboxDispatcher Dispatcher(IBus bus) =>
        new("sanitation", _outbox, _signal, bus, new OutboxOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);

    async Task<SanitationTask> SavedTask(bool completed = false)
    {
        var task = CaseEvents.Task(TimeProvider.System);
        if (completed)
        {
            task.Complete("crew-7", "已清运", [], TimeProvider.System);
        }

        await _tasks.SaveAsync(task, default);
        return task;
    }

    [Fact]
    public async Task While_the_broker_is_down_events_stay_pending_and_a_later_round_publishes_them_with_the_same_id()
    {
        var task = await SavedTask();
        var now = DateTimeOffset.UtcNow;
        var stored = Assert.Single(await _outbox.ClaimPendingAsync(10, now, now.AddMinutes(1), default));
        await _outbox.ReleaseAsync([stored], default);
        var (bus, broker) = FlakyBus.Around(_harness.Bus);
        broker.Fails = _ => true;
        var dispatcher = Dispatcher(bus);

        var down = await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(1, down.Failed);
        Assert.Equal(1, await _outbox.CountPendingAsync(default));

        broker.Fails = _ => false;
        var up = await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(1, up.Sent);
        Assert.Equal(0, await _outbox.CountPendingAsync(default));
        var published = await _harness.PublishedAsync<SanitationTaskCreated>(m => m.TaskId == task.Id);
        Assert.Equal(stored.MessageId, published.Context.MessageId);
        Assert.Equal(stored.MessageId, published.Context.Message.EventId);
    }

    [Fact]
    public async Task Later_events_of_an_aggregate_wait_behind_an_earlier_one_that_failed()
    {
        var task = await SavedTask(completed: true);
        var (bus, broker) = FlakyBus.Around(_harness.Bus);
        broker.Fails = message => message is SanitationTaskCreated;
        var dispatcher = Dispatcher(bus);

        var blocked = await dispatcher.DispatchOnceAsync(default);

        Assert.Equal(0, blocked.Sent);
        Assert.Equal(1, broker.FailedAttempts);
        Assert.Empty(_harness.PublishedNow<SanitationTaskCompleted>(m => m.TaskId == task.Id));

        broker.Fails = _ => false;
        Assert.Equal(2, (await dispatcher.DispatchOnceAsync(default)).Sent);
    }

    [Fact]
    public async Task Other_aggregates_are_not_held_up_by_a_failing_one()
    {
        var failing = await SavedTask();
        var healthy = await SavedTask();
        var (bus, broker) = FlakyBus.Around(_harness.Bus);
        broker.Fails = message => message is SanitationTaskCreated c && c.TaskId == failing.Id;

        var outcome = await Dispatcher(bus).DispatchOnceAsync(default);

        Assert.Equal(1, outcome.Sent);
        Assert.Equal(1, outcome.Failed);
        await _harness.PublishedAsync<SanitationTaskCreated>(m => m.TaskId == healthy.Id);
    }

    [Fact]
    public async Task The_running_dispatcher_publishes_soon_after_a_commit_and_keeps_retrying_through_an_outage()
    {
        var (bus, broker) = FlakyBus.Around(_harness.Bus);
        broker.Fails = _ => true;
        var dispatcher = Dispatcher(bus);
        await dispatcher.StartAsync(default);
        try
        {
            var task = await SavedTask();
            await Eventually.ReturnsAsync(() => Task.FromResult(broker.FailedAttempts), n => n >= 2);

            broker.Fails = _ => false;

            await _harness.PublishedAsync<SanitationTaskCreated>(m => m.TaskId == task.Id);
            await Eventually.ReturnsAsync(() => _outbox.CountPendingAsync(default), n => n == 0);
        }
        finally
        {
            await dispatcher.StopAsync(default);
        }
    }
}
