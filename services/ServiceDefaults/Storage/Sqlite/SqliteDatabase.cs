using System.Data;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// One service's SQLite file in WAL mode: the schema it needs, connections, and transactions that
/// write aggregates and their outbox rows together.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    const int ConstraintViolation = 19;

    readonly string _connectionString;
    readonly Lock _schemaLock = new();
    readonly HashSet<string> _appliedSchemas = [];

    /// <summary>
    /// This process's writers take turns here. SQLite lets one writer at a time into the file; a writer that
    /// finds it locked gets SQLITE_BUSY, which Microsoft.Data.Sqlite answers by blocking its thread for
    /// 150 ms before it tries again. Under concurrent report intake that cost most saves a stall (see
    /// docs/benchmarks.md, "Report intake"); waiting here costs only the other writer's commit. Writers in
    /// other processes on the same file still meet the busy retry.
    /// </summary>
    readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteDatabase(string filePath, OutboxSignal signal)
    {
        FilePath = filePath;
        Signal = signal;
        Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, SqliteOutboxStore.Schema);
        using var hasLease = connection.CreateCommand();
        hasLease.CommandText = SqliteOutboxStore.Migration;
        if ((long)hasLease.ExecuteScalar()! == 0)
        {
            Execute(connection, "ALTER TABLE outbox ADD COLUMN lease_until TEXT NULL;");
        }
    }

    public string FilePath { get; }

    public OutboxSignal Signal { get; }

    /// <summary>Applies a table's DDL once per process (statements must be idempotent).</summary>
    public void EnsureSchema(string name, string ddl)
    {
        lock (_schemaLock)
        {
            if (!_appliedSchemas.Add(name))
            {
                return;
            }

            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            Execute(connection, ddl);
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one immediate transaction and wakes the outbox dispatcher
    /// after the commit. Unique-constraint violations surface as <see cref="DuplicateKeyException"/>.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var result = await WriteAsync(work, cancellationToken);
        Signal.Notify();
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one immediate transaction, after this process's other writers
    /// (see <see cref="_writeGate"/>), without waking the outbox dispatcher: for writes that raise no
    /// events, such as the outbox's own bookkeeping. Unique-constraint violations surface as
    /// <see cref="DuplicateKeyException"/>.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == ConstraintViolation)
        {
            throw new DuplicateKeyException(ex.Message, ex);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public void Dispose() => _writeGate.Dispose();

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
