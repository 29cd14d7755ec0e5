using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;

namespace DigitalCity.Benchmarks.Contests;

/// <summary>
/// A contest open from yesterday for a month with <c>N</c> approved entries — each with an official post and a Douyin
/// post, every other one a WeChat Channels post too — and like readings drawn over them: each a later instant and no
/// fewer likes than the post's last, so every reading is recorded.
/// </summary>
sealed class ContestData
{
    public const string Code = "benchmark-lights";

    readonly Random _random = new(42);
    readonly List<(Guid Entry, ContestPlatform Platform)> _posts = [];
    readonly Dictionary<(Guid, ContestPlatform), long> _likes = [];
    DateTimeOffset _clock = DateTimeOffset.UtcNow.AddHours(-2);

    public int Posts => _posts.Count;

    /// <summary>Stores the contest and its entries (untimed), without their events: seed data, not news.</summary>
    public async Task SeedAsync(int entries, IContestStore contests, IEntryStore store, PhoneProtector phones, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var contest = Contest.Create(Code, TimeProvider.System);
        contest.Define(ContestRules.BeautyInTheLights with { Opens = today.AddDays(-1), Closes = today.AddDays(30) }, "benchmark", TimeProvider.System);
        contest.MarkPersisted(0);
        await contests.SaveAsync(contest, cancellationToken);
        var phone = phones.Protect("17312345029");
        await Parallel.ForAsync(0, entries, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var entrant = Entrant.Register(Code, $"作者{i}", phone, $"{i}", TimeProvider.System);
            OwnPost[] own = i % 2 == 0
                ? [new(ContestPlatform.Douyin, $"https://v.douyin.com/{i}", true), new(ContestPlatform.WeChatChannels, $"https://channels.weixin.qq.com/{i}", true)]
                : [new(ContestPlatform.Douyin, $"https://v.douyin.com/{i}", true)];
            var entry = ContestEntry.Submit(new EntrySubmission($"灯影 {i}", $"videos/{i}.mp4", i.ToString("x64"), own), entrant, TimeProvider.System);
            entry.Approve($"https://channels.weixin.qq.com/official/{i}", "benchmark", TimeProvider.System);
            entry.MarkPersisted(0);
            await store.SaveAsync(entry, token);
            lock (_posts)
            {
                _posts.AddRange(entry.Posts.Select(p => (entry.Id, p.Platform)));
            }
        });
    }

    /// <summary><paramref name="count"/> readings over random posts, each later and no lower than that post's last.</summary>
    public IReadOnlyList<LikeReading> Draw(int count)
    {
        var readings = new List<LikeReading>(count);
        for (var i = 0; i < count; i++)
        {
            var post = _posts[_random.Next(_posts.Count)];
            var likes = _likes.GetValueOrDefault(post) + _random.Next(0, 50);
            _likes[post] = likes;
            _clock = _clock.AddMilliseconds(1);
            readings.Add(new LikeReading(post.Entry, post.Platform, likes, _clock));
        }

        return readings;
    }
}
