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
    readonly string _connectionString;
    readonly Lock _schemaLock = new();
    readonly HashSet<string> _appliedSchemas = [];

    /// <summary>
    /// This process's writers, grouped: SQLite lets one writer at a time into the file, and one that finds it
    /// locked gets SQLITE_BUSY, which Microsoft.Data.Sqlite answers by blocking its thread for 150 ms before it
    /// tries again. So this process's writes queue for one writer, which commits every write waiting at that
    /// moment in one transaction, each in its own savepoint (see <see cref="SqliteGroupCommit"/> and
    /// docs/benchmarks.md, "Report intake"). Writers in other processes on the same file still meet the busy retry.
    /// </summary>
    readonly SqliteGroupCommit _writer;

    public SqliteDatabase(string filePath, OutboxSignal signal)
    {
        FilePath = filePath;
        Signal = signal;
        _writer = new SqliteGroupCommit(OpenWriterAsync, signal.Notify);
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

    /// <summary>
    /// Applies a table's schema once per process in one immediate transaction, for a schema that inspects the
    /// file before it changes it (a migration): another process starting at the same time waits for it, then
    /// finds the change made. The work must be idempotent and leave committing to this method.
    /// </summary>
    public void EnsureSchema(string name, Action<SqliteConnection, SqliteTransaction> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        lock (_schemaLock)
        {
            if (_appliedSchemas.Contains(name))
            {
                return;
            }

            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            apply(connection, transaction);
            transaction.Commit();
            _appliedSchemas.Add(name);
        }
    }

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(new SqliteConnection(_connectionString), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> atomically in this process's next write transaction and wakes the outbox
    /// dispatcher after the commit: for writes that append outbox rows. The work shares the transaction with
    /// other writes waiting at the same time, inside its own savepoint, so it must neither commit nor roll
    /// back, and its failure undoes only its own statements. The task completes once the transaction has
    /// committed. Unique-constraint violations surface as <see cref="DuplicateKeyException"/>.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(work, raisesEvents: true, cancellationToken);

    /// <summary>
    /// As <see cref="InTransactionAsync{T}"/>, without waking the outbox dispatcher: for writes that raise no
    /// events, such as the outbox's own bookkeeping.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(work, raisesEvents: false, cancellationToken);

    /// <summary>
    /// A command with its parameters. On the group writer's connection it is a kept one, prepared once and
    /// reused (<see cref="SqliteWriterConnection"/>); dispose it either way.
    /// </summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqliteCommand command;
        if (connection is SqliteWriterConnection writer)
        {
            command = writer.Command(transaction, sql);
        }
        else
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Gives a command prepared once new values for its parameters, for a statement run row after row.</summary>
    public static void Bind(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }

    /// <summary>Writes what is already queued, then refuses further writes.</summary>
    public void Dispose() => _writer.Dispose();

    async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken) =>
        await OpenAsync(new SqliteWriterConnection(_connectionString), cancellationToken);

    static async Task<SqliteConnection> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        return connection;
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
