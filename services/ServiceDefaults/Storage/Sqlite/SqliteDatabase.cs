using System.Data;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// One service's SQLite file in WAL mode: the schema it needs, connections, and transactions that
/// write aggregates and their outbox rows together.
/// </summary>
public sealed class SqliteDatabase
{
    const int ConstraintViolation = 19;

    readonly string _connectionString;
    readonly Lock _schemaLock = new();
    readonly HashSet<string> _appliedSchemas = [];

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
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        try
        {
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            Signal.Notify();
            return result;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == ConstraintViolation)
        {
            throw new DuplicateKeyException(ex.Message, ex);
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

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
