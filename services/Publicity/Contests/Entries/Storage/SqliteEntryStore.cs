using System.Globalization;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Contests.Entries.Storage;

/// <summary>
/// Entries in the service's SQLite file: table <c>contest_entries</c> (unique by contest and video hash) with the
/// fields the ranking needs in columns, and their posts in <see cref="SqlitePostTable"/>, both written in one transaction.
/// </summary>
public sealed class SqliteEntryStore : IEntryStore
{
    public const string TableName = "contest_entries";

    readonly SqliteAggregateTable<ContestEntry> _table;

    public SqliteEntryStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<ContestEntry>(database, TableName,
            new SqliteColumn<ContestEntry>("contest", "TEXT", "$.contestCode", e => e.ContestCode),
            new SqliteColumn<ContestEntry>("video_hash", "TEXT", "$.videoHash", e => e.VideoHash),
            new SqliteColumn<ContestEntry>("entrant_id", "TEXT", "$.entrantId", e => e.EntrantId.ToString()),
            new SqliteColumn<ContestEntry>("standing", "TEXT", "$.standing", e => e.Standing.ToString()),
            new SqliteColumn<ContestEntry>("author", "TEXT", "$.authorName", e => e.AuthorName),
            new SqliteColumn<ContestEntry>("title", "TEXT", "$.title", e => e.Title),
            new SqliteColumn<ContestEntry>("submitted_at", "TEXT", "$.submittedAt", e => DocumentJson.Instant(e.SubmittedAt)),
            new SqliteColumn<ContestEntry>("theme", "REAL", "$.themeImpression", e => e.ThemeImpression is { } t ? (double)t : null));
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_video ON {TableName}(contest, video_hash);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_entrant ON {TableName}(entrant_id);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_standing ON {TableName}(contest, standing, submitted_at);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_rank ON {TableName}(contest, standing, id, author, title, submitted_at, theme);
            {SqlitePostTable.Ddl}
            """);
    }

    public Task<ContestEntry?> FindAsync(Guid id, CancellationToken cancellationToken) => _table.FindAsync(id, cancellationToken);

    public async Task<ContestEntry?> FindByVideoAsync(string contestCode, string videoHash, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("contest = $contest AND video_hash = $video", "id", 1, 0, cancellationToken,
            ("$contest", contestCode), ("$video", videoHash));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ContestEntry>> ListByEntrantAsync(Guid entrantId, CancellationToken cancellationToken) =>
        _table.QueryAsync("entrant_id = $entrant", "submitted_at, id", PageRequest.MaxSize, 0, cancellationToken, ("$entrant", entrantId.ToString()));

    public async Task<Page<ContestEntry>> ListAsync(string contestCode, EntryStanding? standing, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = "contest = $contest AND ($standing IS NULL OR standing = $standing)";
        (string, object?)[] parameters = [("$contest", contestCode), ("$standing", standing?.ToString())];
        var items = await _table.QueryAsync(where, "submitted_at, id", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<ContestEntry>(items, page.Number, page.Size, await _table.CountAsync(where, cancellationToken, parameters));
    }

    public async Task SaveAsync(ContestEntry entry, CancellationToken cancellationToken)
    {
        await _table.Database.InTransactionAsync(async (connection, transaction) =>
        {
            await _table.SaveAsync(connection, transaction, entry, cancellationToken);
            await SqlitePostTable.WriteAsync(connection, transaction, entry, cancellationToken);
            return true;
        }, cancellationToken);
        entry.MarkPersisted(entry.Version + 1);
    }

    /// <remarks>
    /// Two scans and no join: the approved entries from a covering index, and every post of the contest from the small
    /// rows of <see cref="SqlitePostTable"/>, matched in memory by id (docs/benchmarks.md, "Contest likes and ranking").
    /// </remarks>
    public async Task<IReadOnlyList<EntryTally>> ApprovedTalliesAsync(string contestCode, CancellationToken cancellationToken)
    {
        await using var connection = await _table.Database.OpenAsync(cancellationToken);
        var posts = new Dictionary<string, List<PostLikes>>(StringComparer.Ordinal);
        await using (var command = SqliteDatabase.Command(connection, null,
            $"SELECT entry_id, platform, likes, same_video, carries_topic FROM {SqlitePostTable.Name} WHERE contest = $contest", ("$contest", contestCode)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!posts.TryGetValue(id, out var list))
                {
                    posts[id] = list = new List<PostLikes>(3);
                }

                list.Add(new PostLikes(Enum.Parse<ContestPlatform>(reader.GetString(1)), reader.GetInt64(2), reader.GetInt64(3) == 1, reader.GetInt64(4) == 1));
            }
        }

        var tallies = new List<EntryTally>();
        await using (var command = SqliteDatabase.Command(connection, null, $"""
            SELECT id, author, title, submitted_at, theme FROM {TableName} INDEXED BY ix_{TableName}_rank
            WHERE contest = $contest AND standing = $approved
            """, ("$contest", contestCode), ("$approved", nameof(EntryStanding.Approved))))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                tallies.Add(new EntryTally(Guid.Parse(id), reader.GetString(1), reader.GetString(2),
                    DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), EntryStanding.Approved,
                    reader.IsDBNull(4) ? null : Math.Round((decimal)reader.GetDouble(4), 2), posts.GetValueOrDefault(id) ?? []));
            }
        }

        return tallies;
    }
}
