using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>Results in the service's SQLite file: table <c>contest_results</c>, unique by contest.</summary>
public sealed class SqliteResultStore : IResultStore
{
    public const string TableName = "contest_results";

    readonly SqliteAggregateTable<ContestResult> _table;

    public SqliteResultStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<ContestResult>(database, TableName, new SqliteColumn<ContestResult>("contest", "TEXT", "$.contestCode", r => r.ContestCode));
        _table.EnsureCreated($"CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_contest ON {TableName}(contest);");
    }

    public async Task<ContestResult?> FindAsync(string contestCode, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("contest = $contest", "id", 1, 0, cancellationToken, ("$contest", contestCode));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(ContestResult result, CancellationToken cancellationToken) => _table.SaveAsync(result, cancellationToken);
}
