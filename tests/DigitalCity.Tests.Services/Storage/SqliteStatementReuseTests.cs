using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>
/// Commands made on the group writer's connection are kept prepared and reused by the next write with the same
/// SQL; each use must see only its own parameters, and a use that fails must not spoil the next.
/// </summary>
public sealed class SqliteStatementReuseTests : IDisposable
{
    const string Insert = "INSERT INTO items (id, name, note) VALUES ($id, $name, $note)";

    readonly TempDirectory _data = new();
    readonly SqliteDatabase _database;

    public SqliteStatementReuseTests()
    {
        _database = new SqliteDatabase(Path.Combine(_data.Path, "reuse.db"), new OutboxSignal());
        _database.EnsureSchema("items", "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT NULL);");
    }

    [Fact]
    public async Task Writes_with_the_same_sql_reuse_one_command_each_with_its_own_parameters()
    {
        var first = await InsertAsync(1, "one", "a note");
        var second = await InsertAsync(2, "two", null);
        var third = await InsertAsync(3, "three", "another");

        Assert.Same(first, second);
        Assert.Same(second, third);
        Assert.Equal([(1L, "one", "a note"), (2L, "two", null), (3L, "three", "another")], await RowsAsync());
    }

    [Fact]
    public async Task A_write_that_fails_leaves_the_kept_command_usable()
    {
        await InsertAsync(1, "taken", null);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync(2, "taken", null));
        await InsertAsync(3, "free", "after the failure");

        Assert.Equal([(1L, "taken", null), (3L, "free", "after the failure")], await RowsAsync());
    }

    [Fact]
    public async Task The_same_sql_twice_at_once_in_one_write_gets_two_commands()
    {
        var (outer, inner) = await _database.InTransactionAsync(async (connection, transaction) =>
        {
            await using var read = SqliteDatabase.Command(connection, transaction, "SELECT name FROM items WHERE id = $id", ("$id", 1));
            await using var alsoRead = SqliteDatabase.Command(connection, transaction, "SELECT name FROM items WHERE id = $id", ("$id", 2));
            await using var insert = SqliteDatabase.Command(connection, transaction, Insert, ("$id", 1), ("$name", "one"), ("$note", null));
            await insert.ExecuteNonQueryAsync();
            insert.Parameters["$id"].Value = 2;
            insert.Parameters["$name"].Value = "two";
            await insert.ExecuteNonQueryAsync();
            Assert.NotSame(read, alsoRead);
            return ((string?)await read.ExecuteScalarAsync(), (string?)await alsoRead.ExecuteScalarAsync());
        });

        Assert.Equal(("one", "two"), (outer, inner));
    }

    [Fact]
    public async Task Commands_on_other_connections_are_not_kept()
    {
        await using var connection = await _database.OpenAsync();
        await using var first = SqliteDatabase.Command(connection, null, "SELECT COUNT(*) FROM items");
        await using var second = SqliteDatabase.Command(connection, null, "SELECT COUNT(*) FROM items");

        Assert.NotSame(first, second);
    }

    public void Dispose()
    {
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    /// <summary>Inserts a row in a write of its own; returns the command it used.</summary>
    Task<SqliteCommand> InsertAsync(long id, string name, string? note) =>
        _database.InTransactionAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction, Insert, ("$id", id), ("$name", name), ("$note", note));
            await command.ExecuteNonQueryAsync();
            return command;
        });

    async Task<List<(long, string, string?)>> RowsAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = SqliteDatabase.Command(connection, null, "SELECT id, name, note FROM items ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }
}
