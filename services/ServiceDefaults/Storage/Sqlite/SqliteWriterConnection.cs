using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// The group writer's connection, open for as long as the writer runs, which keeps the commands made on it
/// through <see cref="SqliteDatabase.Command"/> prepared: disposing one returns it here, and the next command
/// with the same SQL reuses its compiled statement with new parameters instead of preparing it again. The
/// writer runs one operation at a time, so a command is in use by one caller at most; one asked for while its
/// twin is still in use is made afresh and disposed for good.
/// </summary>
/// <remarks>Why: every write prepared its statements anew, 6–7 % of intake's CPU (see docs/benchmarks.md, "Report intake").</remarks>
sealed class SqliteWriterConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Distinct statements kept at most; the writers' SQL is a fixed set well below this.</summary>
    const int MaxKept = 64;

    readonly Dictionary<string, KeptCommand> _kept = new(StringComparer.Ordinal);

    public SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        if (_kept.TryGetValue(sql, out var kept))
        {
            if (kept.InUse)
            {
                return Fresh(transaction, sql);
            }
        }
        else if (_kept.Count < MaxKept)
        {
            kept = new KeptCommand { Connection = this, CommandText = sql };
            _kept.Add(sql, kept);
        }
        else
        {
            return Fresh(transaction, sql);
        }

        kept.InUse = true;
        kept.Transaction = transaction;
        kept.Parameters.Clear();
        return kept;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var kept in _kept.Values)
            {
                kept.Release();
            }

            _kept.Clear();
        }

        base.Dispose(disposing);
    }

    SqliteCommand Fresh(SqliteTransaction? transaction, string sql) =>
        new() { Connection = this, Transaction = transaction, CommandText = sql };

    /// <summary>A command whose disposal by its caller only hands it back; the connection disposes it.</summary>
    sealed class KeptCommand : SqliteCommand
    {
        bool _released;

        public bool InUse { get; set; }

        public void Release()
        {
            _released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (_released || !disposing)
            {
                base.Dispose(disposing);
                return;
            }

            InUse = false;
            Transaction = null;
        }
    }
}
