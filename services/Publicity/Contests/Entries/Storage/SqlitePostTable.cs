using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Publicity.Contests.Entries.Storage;

/// <summary>
/// Table <c>contest_posts</c>: one row per post of an entry — the committee's findings, written with the entry in its
/// transaction, and the post's like count as last kept, written by the like store. The ranking reads it with the
/// entries' columns, so ranking never parses an entry's document.
/// </summary>
public static class SqlitePostTable
{
    public const string Name = "contest_posts";

    public const string Ddl = $"""
        CREATE TABLE IF NOT EXISTS {Name} (
            entry_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            contest TEXT NOT NULL,
            same_video INTEGER NOT NULL,
            carries_topic INTEGER NOT NULL,
            likes INTEGER NOT NULL DEFAULT 0,
            taken_at TEXT NULL,
            PRIMARY KEY (entry_id, platform)) WITHOUT ROWID;
        """;

    const string Upsert = $"""
        INSERT INTO {Name} (entry_id, platform, contest, same_video, carries_topic) VALUES ($entry, $platform, $contest, $same, $topic)
        ON CONFLICT(entry_id, platform) DO UPDATE SET same_video = excluded.same_video, carries_topic = excluded.carries_topic
        """;

    /// <summary>Writes the entry's posts' findings inside the entry's transaction, leaving their like counts as they are.</summary>
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, ContestEntry entry, CancellationToken cancellationToken)
    {
        foreach (var post in entry.Posts)
        {
            await using var command = SqliteDatabase.Command(connection, transaction, Upsert,
                ("$entry", entry.Id.ToString()), ("$platform", post.Platform.ToString()), ("$contest", entry.ContestCode),
                ("$same", post.SameOriginalVideo ? 1 : 0), ("$topic", post.CarriesTopic ? 1 : 0));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
