using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>
/// The writer of <see cref="SqliteDatabase"/> commits the writes waiting at the same time in one transaction,
/// each in its own savepoint. To put several operations into one group, a first operation holds the writer
/// until the others are queued behind it.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    readonly TempDirectory _data = new();
    readonly OutboxSignal _signal = new();
    readonly SqliteDatabase _database;

    public SqliteGroupCommitTests()
    {
        _database = new SqliteDatabase(Path.Combine(_data.Path, "group.db"), _signal);
        _database.EnsureSchema("items", "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);");
    }

    [Fact]
    public async Task Concurrent_writes_all_land()
    {
        await Task.WhenAll(Enumerable.Range(1, 500).Select(n => Task.Run(() => InsertAsync(n, $"item-{n}"))));

        Assert.Equal(500, await CountAsync("items"));
    }

    [Fact]
    public async Task A_failing_write_in_a_group_fails_only_its_caller_and_the_others_commit()
    {
        await InsertAsync(1, "taken");
        var (release, holder) = HoldWriter();

        var first = InsertAsync(2, "first");
        var duplicate = InsertAsync(3, "taken");
        var conflict = _database.InTransactionAsync<bool>(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO items (id, name) VALUES (4, 'undone')");
            throw new ConcurrencyConflictException("Item", Guid.Empty, 1);
        });
        var last = InsertAsync(5, "last");
        release.SetResult();
        await holder;

        await first;
        await last;
        await Assert.ThrowsAsync<DuplicateKeyException>(() => duplicate);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => conflict);
        Assert.Equal(["first", "last", "taken"], await NamesAsync());
    }

    [Fact]
    public async Task A_write_refused_for_a_key_taken_in_its_own_group_hears_of_it_once_the_taker_is_readable()
    {
        var (release, holder) = HoldWriter();

        var winner = InsertAsync(2, "key-1");
        var loser = InsertAsync(3, "key-1");
        release.SetResult();
        await holder;

        await Assert.ThrowsAsync<DuplicateKeyException>(() => loser);
        Assert.Contains("key-1", await NamesAsync());
        await winner;
    }

    [Fact]
    public async Task Outbox_rows_commit_or_roll_back_with_their_operation()
    {
        var outbox = new SqliteOutboxStore(_database);
        var (release, holder) = HoldWriter();

        var kept = _database.InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO items (id, name) VALUES (1, 'kept')");
            await SqliteOutboxStore.AppendAsync(connection, transaction, [Message("kept")], default);
            return true;
        });
        var undone = _database.InTransactionAsync<bool>(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO items (id, name) VALUES (2, 'undone')");
            await SqliteOutboxStore.AppendAsync(connection, transaction, [Message("undone")], default);
            throw new InvalidOperationException("the document write failed after its events were appended");
        });
        release.SetResult();
        await holder;

        await kept;
        await Assert.ThrowsAsync<InvalidOperationException>(() => undone);
        Assert.Equal(["kept"], await NamesAsync());
        var pending = await outbox.ClaimPendingAsync(10, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(1), default);
        Assert.Equal(["kept"], pending.Select(m => m.AggregateId));
    }

    [Fact]
    public async Task A_caller_that_gives_up_while_queued_leaves_and_its_work_never_runs()
    {
        var (release, holder) = HoldWriter();
        using var cancel = new CancellationTokenSource();
        var ran = false;

        var abandoned = _database.WriteAsync((connection, transaction) =>
        {
            ran = true;
            return Task.FromResult(true);
        }, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        release.SetResult();
        await holder;
        await InsertAsync(1, "after");
        Assert.False(ran);
    }

    [Fact]
    public async Task Writes_with_events_wake_the_outbox_dispatcher_after_commit()
    {
        // A fake clock never ends the wait by itself: only a notification completes it.
        var woken = _signal.WaitAsync(TimeSpan.FromMinutes(1), new FakeTimeProvider(), default);
        await _database.WriteAsync((_, _) => Task.FromResult(true));
        Assert.False(woken.IsCompleted);

        await InsertAsync(1, "with events");
        await woken.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    /// <summary>Occupies the writer until the returned source is completed.</summary>
    (TaskCompletionSource Release, Task Holder) HoldWriter()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = _database.WriteAsync(async (_, _) =>
        {
            started.SetResult();
            await release.Task;
            return true;
        });
        started.Task.Wait(TimeSpan.FromSeconds(10));
        return (release, holder);
    }

    Task<bool> InsertAsync(int id, string name) =>
        _database.InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, $"INSERT INTO items (id, name) VALUES ({id}, '{name}')");
            return true;
        });

    static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = SqliteDatabase.Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync();
    }

    async Task<long> CountAsync(string table)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = SqliteDatabase.Command(connection, null, $"SELECT COUNT(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    async Task<List<string>> NamesAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = SqliteDatabase.Command(connection, null, "SELECT name FROM items ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    static OutboxMessage Message(string aggregate) =>
        new(Guid.NewGuid(), "items", aggregate, "Test", "{}", DateTimeOffset.UtcNow, null);
}
