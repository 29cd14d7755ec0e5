using System.Net.Http.Json;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using MassTransit;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>Like readings from a platform feed over the broker: counted like the API's, a batch that cannot be taken goes to the error queue.</summary>
public sealed class LikeFeedTests : IDisposable
{
    const string Contest = "/api/publicity/contests/open-now";

    readonly TempDirectory _data = new();
    readonly ServiceFactory<PublicityHost> _factory;

    public LikeFeedTests() => _factory = new ServiceFactory<PublicityHost>(_data.Path);

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    async Task<Guid> EntryAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var contest = new
        {
            name = "开放中的短视频大赛",
            opens = today.AddDays(-2).ToString("yyyy-MM-dd"),
            closes = today.AddDays(10).ToString("yyyy-MM-dd"),
            ownPlatforms = new[] { "Douyin" },
            requiredTopic = "#焦作城管",
            theme = "城市灯光",
            tiers = new[] { new { name = "一等奖", places = 1, prizeYuan = 1000 } },
        };
        await _factory.ClientFor("editor-1", Roles.PublicityEditor).PutAsJsonAsync(Contest, contest);
        var registered = await (await _factory.CreateClient().PostAsJsonAsync($"{Contest}/entrants", new { authorName = "李明", phone = "17312345029" }))
            .ReadAsync<RegisterEntrant.Registered>();
        var entrant = _factory.CreateClient();
        entrant.DefaultRequestHeaders.Add(EntrantToken.Header, registered.Token);
        var entry = await (await entrant.PostAsJsonAsync($"{Contest}/entries", new
        {
            title = "夜色民主路",
            videoRef = "videos/1.mp4",
            videoHash = new string('e', 64),
            ownPosts = new[] { new { platform = "Douyin", url = "https://v.douyin.com/1", carriesTopic = true } },
        })).ReadAsync<EntryView>();
        return entry.Id;
    }

    [Fact]
    public async Task A_feeds_readings_are_counted_and_a_redelivered_batch_changes_nothing()
    {
        var id = await EntryAsync();
        var read = DateTimeOffset.UtcNow.AddMinutes(-10);
        var batch = new ContestLikesRead("open-now", [new LikeReadingMessage(id, "Douyin", 120, read), new LikeReadingMessage(id, "Douyin", 300, read.AddMinutes(5))]);

        await _factory.Harness.Bus.Publish(batch);
        await _factory.Harness.Bus.Publish(batch);

        await _factory.Harness.ConsumedAsync<ContestLikesRead>(m => m.ContestCode == "open-now", count: 2);
        var committee = _factory.ClientFor("committee-1", Roles.ContestCommittee);
        var series = await Eventually.ReturnsAsync(
            async () => await (await committee.GetAsync($"{Contest}/entries/{id}/likes")).ReadAsync<List<LikeReading>>(), s => s.Count == 2);
        Assert.Equal([120L, 300L], series.Select(r => r.Likes));
        Assert.False(_factory.Harness.Consumed.Select<ContestLikesRead>(m => m.Exception is not null).Any());
    }

    [Fact]
    public async Task A_batch_for_an_unknown_contest_or_with_a_wrong_platform_faults_without_retries()
    {
        var id = await EntryAsync();

        await _factory.Harness.Bus.Publish(new ContestLikesRead("no-such-contest", [new LikeReadingMessage(id, "Douyin", 1, DateTimeOffset.UtcNow)]));
        await _factory.Harness.Bus.Publish(new ContestLikesRead("open-now", [new LikeReadingMessage(id, "Kuaishou", 1, DateTimeOffset.UtcNow)]));

        var faults = await Eventually.ReturnsAsync(
            () => Task.FromResult(_factory.Harness.Published.Select<Fault<ContestLikesRead>>().ToList()), f => f.Count == 2);
        Assert.Contains(faults, f => f.Context.Message.Exceptions[0].Message.Contains("No contest no-such-contest", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.Context.Message.Exceptions[0].Message.Contains("readings[0].platform", StringComparison.Ordinal));
        Assert.Equal(2, _factory.Harness.Consumed.Select<ContestLikesRead>().Count());
    }
}
