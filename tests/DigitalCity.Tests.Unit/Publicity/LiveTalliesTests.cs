using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>The public ranking's tallies in memory: moved by recorded readings, never lowered, dropped on entry changes, reloaded when old.</summary>
public class LiveTalliesTests
{
    static readonly Guid Entry = Guid.NewGuid();
    static readonly DateTimeOffset At = new(2023, 2, 1, 4, 0, 0, TimeSpan.Zero);

    readonly FakeTimeProvider _time = new(At);
    readonly StubEntries _store = new();

    static LikeReading Reading(ContestPlatform platform, long likes) => new(Entry, platform, likes, At);

    static long Likes(IReadOnlyList<EntryTally> tallies, ContestPlatform platform) => tallies.Single().Posts.Single(p => p.Platform == platform).Likes;

    [Fact]
    public async Task Recorded_readings_move_the_tallies_and_a_lower_one_never_lowers_them()
    {
        var live = new LiveTallies(_store, _time);
        _store.Release();
        await live.CurrentAsync("c", default);

        live.Recorded("c", [Reading(ContestPlatform.Douyin, 500), Reading(ContestPlatform.Douyin, 300), Reading(ContestPlatform.OfficialChannel, 40)]);

        var tallies = await live.CurrentAsync("c", default);
        Assert.Equal((500L, 40L), (Likes(tallies, ContestPlatform.Douyin), Likes(tallies, ContestPlatform.OfficialChannel)));
        Assert.Equal(1, _store.Loads);
    }

    [Fact]
    public async Task Readings_recorded_while_the_tallies_load_are_applied_once_they_have()
    {
        var live = new LiveTallies(_store, _time);
        var loading = live.CurrentAsync("c", default);

        live.Recorded("c", [Reading(ContestPlatform.Douyin, 700)]);
        _store.Release();

        Assert.Equal(700L, Likes(await loading, ContestPlatform.Douyin));
    }

    [Fact]
    public async Task A_change_to_an_entry_or_tallies_older_than_a_minute_are_read_again()
    {
        var live = new LiveTallies(_store, _time);
        _store.Release();
        await live.CurrentAsync("c", default);

        live.Changed("c");
        await live.CurrentAsync("c", default);
        _time.Advance(LiveTallies.MaxAge + TimeSpan.FromSeconds(1));
        await live.CurrentAsync("c", default);
        await live.CurrentAsync("c", default);

        Assert.Equal(3, _store.Loads);
    }

    sealed class StubEntries : IEntryStore
    {
        readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Loads { get; private set; }

        public void Release() => _released.TrySetResult();

        public async Task<IReadOnlyList<EntryTally>> ApprovedTalliesAsync(string contestCode, CancellationToken cancellationToken)
        {
            Loads++;
            await _released.Task;
            return [new EntryTally(Entry, "李明", "灯影", At, EntryStanding.Approved, null,
                [new PostLikes(ContestPlatform.OfficialChannel, 10), new PostLikes(ContestPlatform.Douyin, 100)])];
        }

        public Task<ContestEntry?> FindAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ContestEntry?> FindByVideoAsync(string contestCode, string videoHash, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ContestEntry>> ListByEntrantAsync(Guid entrantId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<ContestEntry>> ListAsync(string contestCode, EntryStanding? standing, PageRequest page, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveAsync(ContestEntry entry, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
