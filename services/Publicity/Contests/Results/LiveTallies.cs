using System.Collections.Concurrent;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Scoring;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>
/// The public ranking's tallies, kept in this process so a leaderboard over 100,000 entries need not re-read them all
/// for every request: loaded once from <see cref="IEntryStore.ApprovedTalliesAsync"/>, then moved by the like readings
/// this process records, dropped when an entry's standing, findings or theme score change here, and reloaded when
/// older than <see cref="MaxAge"/> (so another instance's writes show within it). Counts only grow, so applying a
/// recorded reading is "the larger of the two" — order-free, and replayed safely onto a load that raced it.
/// The locked result never reads these: it ranks the store's tallies.
/// </summary>
public sealed class LiveTallies(IEntryStore entries, TimeProvider time)
{
    /// <summary>How long tallies are served before they are read again from the store.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    readonly ConcurrentDictionary<string, Board> _boards = new(StringComparer.Ordinal);

    /// <summary>The contest's approved entries with their posts' counts as this process knows them.</summary>
    public async Task<IReadOnlyList<EntryTally>> CurrentAsync(string contestCode, CancellationToken cancellationToken)
    {
        var board = _boards.GetOrAdd(contestCode, Load);
        if (board.Loaded.IsCompletedSuccessfully && time.GetUtcNow() - board.LoadedAt > MaxAge)
        {
            board = Replace(contestCode, board);
        }

        try
        {
            await board.Loaded.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _boards.TryRemove(new KeyValuePair<string, Board>(contestCode, board));
            throw;
        }

        return board.Snapshot();
    }

    /// <summary>Readings the like store kept (<see cref="LikeOutcome.Recorded"/>), applied to the contest's tallies.</summary>
    public void Recorded(string contestCode, IEnumerable<LikeReading> readings)
    {
        if (_boards.TryGetValue(contestCode, out var board))
        {
            board.Apply(readings);
        }
    }

    /// <summary>An entry of the contest changed in a way the ranking reads: the tallies are read again when next asked.</summary>
    public void Changed(string contestCode) => _boards.TryRemove(contestCode, out _);

    Board Load(string contestCode) => new(time.GetUtcNow(), ct => entries.ApprovedTalliesAsync(contestCode, ct));

    Board Replace(string contestCode, Board stale)
    {
        var fresh = Load(contestCode);
        return _boards.TryUpdate(contestCode, fresh, stale) ? fresh : _boards.GetOrAdd(contestCode, Load);
    }

    sealed class Board
    {
        readonly Lock _gate = new();
        Dictionary<Guid, EntryTally>? _tallies;
        List<LikeReading>? _early = [];

        public Board(DateTimeOffset loadedAt, Func<CancellationToken, Task<IReadOnlyList<EntryTally>>> load)
        {
            LoadedAt = loadedAt;
            Loaded = LoadAsync(load);
        }

        public DateTimeOffset LoadedAt { get; }

        public Task Loaded { get; }

        public IReadOnlyList<EntryTally> Snapshot()
        {
            lock (_gate)
            {
                return [.. _tallies!.Values];
            }
        }

        public void Apply(IEnumerable<LikeReading> readings)
        {
            lock (_gate)
            {
                if (_tallies is null)
                {
                    _early!.AddRange(readings);
                    return;
                }

                foreach (var reading in readings)
                {
                    ApplyOne(reading);
                }
            }
        }

        async Task LoadAsync(Func<CancellationToken, Task<IReadOnlyList<EntryTally>>> load)
        {
            var loaded = await load(CancellationToken.None);
            lock (_gate)
            {
                _tallies = loaded.ToDictionary(t => t.EntryId);
                foreach (var reading in _early!)
                {
                    ApplyOne(reading);
                }

                _early = null;
            }
        }

        void ApplyOne(LikeReading reading)
        {
            if (!_tallies!.TryGetValue(reading.EntryId, out var tally))
            {
                return;
            }

            var posts = tally.Posts.ToArray();
            for (var i = 0; i < posts.Length; i++)
            {
                if (posts[i].Platform == reading.Platform && reading.Likes > posts[i].Likes)
                {
                    posts[i] = posts[i] with { Likes = reading.Likes };
                    _tallies[reading.EntryId] = tally with { Posts = posts };
                    return;
                }
            }
        }
    }
}
