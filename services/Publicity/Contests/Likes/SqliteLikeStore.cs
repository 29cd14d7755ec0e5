using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>
/// Like counts in the service's SQLite file: the count as last kept in <see cref="SqlitePostTable"/> (a post is known
/// when its entry was saved), and the series in <c>contest_like_snapshots</c>. A batch is one write transaction.
/// </summary>
public sealed class SqliteLikeStore : ILikeStore
{
    public const string SnapshotTable = "contest_like_snapshots";

    const string Current = $"SELECT likes, taken_at FROM {SqlitePostTable.Name} WHERE entry_id = $entry AND platform = $platform AND contest = $contest";
    const string Update = $"UPDATE {SqlitePostTable.Name} SET likes = $likes, taken_at = $at WHERE entry_id = $entry AND platform = $platform";
    const string Append = $"INSERT INTO {SnapshotTable} (entry_id, platform, taken_at, likes) VALUES ($entry, $platform, $at, $likes)";

    readonly SqliteDatabase _database;

    public SqliteLikeStore(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema(SnapshotTable, $"""
            {SqlitePostTable.Ddl}
            CREATE TABLE IF NOT EXISTS {SnapshotTable} (
                entry_id TEXT NOT NULL,
                platform TEXT NOT NULL,
                taken_at TEXT NOT NULL,
                likes INTEGER NOT NULL,
                PRIMARY KEY (entry_id, platform, taken_at)) WITHOUT ROWID;
            """);
    }

    public Task<IReadOnlyList<LikeOutcome>> RecordAsync(string contestCode, IReadOnlyList<LikeReading> readings, DateTimeOffset closesAt, CancellationToken cancellationToken) =>
        _database.WriteAsync<IReadOnlyList<LikeOutcome>>(async (connection, transaction) =>
        {
            var outcomes = new List<LikeOutcome>(readings.Count);
            await using var current = SqliteDatabase.Command(connection, transaction, Current, ("$entry", ""), ("$platform", ""), ("$contest", contestCode));
            await using var update = SqliteDatabase.Command(connection, transaction, Update, ("$likes", 0L), ("$at", ""), ("$entry", ""), ("$platform", ""));
            await using var append = SqliteDatabase.Command(connection, transaction, Append, ("$entry", ""), ("$platform", ""), ("$at", ""), ("$likes", 0L));
            foreach (var reading in readings)
            {
                var entry = reading.EntryId.ToString();
                var platform = reading.Platform.ToString();
                SqliteDatabase.Bind(current, ("$entry", entry), ("$platform", platform), ("$contest", contestCode));
                LikeCount? count = null;
                var known = false;
                await using (var reader = await current.ExecuteReaderAsync(cancellationToken))
                {
                    if (await reader.ReadAsync(cancellationToken))
                    {
                        known = true;
                        count = reader.IsDBNull(1) ? null : new LikeCount(reader.GetInt64(0), StoredText.ParseInstant(reader.GetString(1)));
                    }
                }

                var outcome = known ? LikeRules.Judge(count, reading, closesAt) : LikeOutcome.UnknownPost;
                if (outcome == LikeOutcome.Recorded)
                {
                    var at = StoredText.Instant(reading.TakenAt);
                    SqliteDatabase.Bind(update, ("$likes", reading.Likes), ("$at", at), ("$entry", entry), ("$platform", platform));
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    SqliteDatabase.Bind(append, ("$entry", entry), ("$platform", platform), ("$at", at), ("$likes", reading.Likes));
                    await append.ExecuteNonQueryAsync(cancellationToken);
                }

                outcomes.Add(outcome);
            }

            return outcomes;
        }, cancellationToken);

    public async Task<IReadOnlyList<LikeReading>> SeriesAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            $"SELECT platform, taken_at, likes FROM {SnapshotTable} WHERE entry_id = $entry ORDER BY platform, taken_at", ("$entry", entryId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var series = new List<LikeReading>();
        while (await reader.ReadAsync(cancellationToken))
        {
            series.Add(new LikeReading(entryId, Enum.Parse<ContestPlatform>(reader.GetString(0)), reader.GetInt64(2), StoredText.ParseInstant(reader.GetString(1))));
        }

        return series;
    }
}
