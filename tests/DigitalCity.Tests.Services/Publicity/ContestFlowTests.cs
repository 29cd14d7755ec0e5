using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.Publicity.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>
/// The 2023 contest run through the API on a fake clock: fifteen entrants register and submit, the committee rejects one
/// and later disqualifies the leader, one entrant's WeChat Channels post beats their Douyin post, another's Douyin post is
/// found to be another video, two entries tie on likes and the judges' theme impression splits them; after the end the
/// committee locks the result: exactly eleven winners and ¥3,900, each with a certificate whose text extracts as written.
/// </summary>
public sealed class ContestFlowTests : IDisposable
{
    const string Contest = "/api/publicity/contests/lights-2023";
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    readonly TempDirectory _data = new();
    readonly FakeTimeProvider _time = new(At(1, 27, 10));
    readonly ServiceFactory<PublicityHost> _factory;

    public ContestFlowTests() => _factory = new ServiceFactory<PublicityHost>(_data.Path) { Time = _time };

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    static DateTimeOffset At(int month, int day, int hour) => new(2023, month, day, hour, 0, 0, China);

    /// <summary>Author, official likes, Douyin likes (null: no post), WeChat Channels likes (null: no post).</summary>
    static readonly (string Author, long Official, long? Douyin, long? Channels)[] Field =
    [
        ("王芳", 5000, 4000, null),   // 0: the leader, later disqualified
        ("李明", 3000, 2500, 3600),   // 1: WeChat Channels beats Douyin → 6,600
        ("张伟", 4000, 2000, null),   // 2: 6,000
        ("刘洋", 2000, 3000, null),   // 3: 5,000, theme 82
        ("陈静", 2500, null, 2500),   // 4: 5,000, theme 88 → ahead of 刘洋
        ("杨帆", 1500, 3000, null),   // 5: 4,500
        ("赵磊", 2000, null, 2000),   // 6: 4,000
        ("黄丽", 1500, 9999, 2000),   // 7: Douyin found another video → 3,500
        ("周杰", 1000, 2000, null),   // 8: 3,000
        ("吴敏", 1000, 1500, null),   // 9: 2,500
        ("徐强", 1000, 1000, null),   // 10: 2,000
        ("孙悦", 500, 1000, null),    // 11: 1,500
        ("马超", 500, 500, null),     // 12: 1,000, no award
        ("朱婷", 250, 250, null),     // 13: 500, no award
        ("郑爽", 0, 100, null),       // 14: rejected at review
    ];

    static string Phone(int i) => $"1731234{i:0000}";

    static string VideoHash(int i) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"video-{i}")));

    /// <summary>Entrant <paramref name="i"/>'s entry, of their own video unless <paramref name="video"/> names another.</summary>
    static object Entry(int i, bool topic = true, int? video = null)
    {
        var (_, _, douyin, channels) = Field[i];
        var posts = new List<object>();
        if (douyin is not null)
        {
            posts.Add(new { platform = "Douyin", url = $"https://v.douyin.com/{i}", carriesTopic = topic });
        }

        if (channels is not null)
        {
            posts.Add(new { platform = "WeChatChannels", url = $"https://channels.weixin.qq.com/{i}", carriesTopic = topic });
        }

        return new { title = $"灯影里的焦作 {i}", videoRef = $"videos/{i}.mp4", videoHash = VideoHash(video ?? i), ownPosts = posts };
    }

    HttpClient EntrantClient(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(EntrantToken.Header, token);
        return client;
    }

    [Fact]
    public async Task The_2023_contest_runs_from_registration_to_eleven_winners_and_3900_yuan()
    {
        var editor = _factory.ClientFor("editor-1", Roles.PublicityEditor);
        var committee = _factory.ClientFor("committee-1", Roles.ContestCommittee);
        var feed = _factory.ClientFor("like-feed", Roles.ExternalSystem);
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync(Contest, ContestRequests.Lights2023())).StatusCode);

        // Registration and submission.
        var tokens = new string[Field.Length];
        var ids = new Guid[Field.Length];
        for (var i = 0; i < Field.Length; i++)
        {
            var registered = await _factory.CreateClient().PostAsJsonAsync($"{Contest}/entrants", new { authorName = Field[i].Author, phone = Phone(i) });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var registration = await registered.ReadAsync<RegisterEntrant.Registered>();
            Assert.Equal($"173****{i:0000}", registration.Phone);
            tokens[i] = registration.Token;
            var submitted = await EntrantClient(tokens[i]).PostAsJsonAsync($"{Contest}/entries", Entry(i));
            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
            ids[i] = (await submitted.ReadAsync<EntryView>()).Id;
        }

        Assert.Equal(HttpStatusCode.Conflict, (await _factory.CreateClient().PostAsJsonAsync($"{Contest}/entrants", new { authorName = "王芳", phone = Phone(0) })).StatusCode);
        var retried = await EntrantClient(tokens[1]).PostAsJsonAsync($"{Contest}/entries", Entry(1));
        Assert.Equal((HttpStatusCode.OK, ids[1]), (retried.StatusCode, (await retried.ReadAsync<EntryView>()).Id));
        await AssertFieldsAsync(await EntrantClient(tokens[2]).PostAsJsonAsync($"{Contest}/entries", Entry(1)), "videoHash");
        await AssertFieldsAsync(await EntrantClient(tokens[2]).PostAsJsonAsync($"{Contest}/entries", Entry(2, topic: false, video: 20)), "ownPosts[0].carriesTopic");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().PostAsJsonAsync($"{Contest}/entries", Entry(1, video: 21))).StatusCode);

        // Review: approve all but 郑爽's, whose entry is refused under a rule.
        for (var i = 0; i < Field.Length - 1; i++)
        {
            var approved = await committee.PostAsJsonAsync($"{Contest}/entries/{ids[i]}/approve", new { officialPostUrl = $"https://channels.weixin.qq.com/official/{i}" });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var rejected = await committee.PostAsJsonAsync($"{Contest}/entries/{ids[14]}/reject", new { rule = "Unhealthy", note = "画面含不文明行为" });
        Assert.Equal(EntryStanding.Rejected, (await rejected.ReadAsync<EntryView>()).Standing);
        Assert.Equal(HttpStatusCode.OK, (await committee.PostAsJsonAsync($"{Contest}/entries/{ids[7]}/posts/Douyin/not-same-video", new { })).StatusCode);

        // Likes, read on 10 February, some from the feed and some by the committee.
        _time.SetUtcNow(At(2, 10, 12));
        var readings = new List<object>();
        for (var i = 0; i < Field.Length; i++)
        {
            var (_, official, douyin, channels) = Field[i];
            readings.Add(new { entryId = ids[i], platform = "Douyin", likes = (douyin ?? 0) / 2, takenAt = At(2, 9, 12) });
            if (i < 14)
            {
                readings.Add(new { entryId = ids[i], platform = "OfficialChannel", likes = official, takenAt = At(2, 10, 11) });
            }

            readings.Add(new { entryId = ids[i], platform = "Douyin", likes = douyin ?? 0, takenAt = At(2, 10, 11) });
            readings.Add(new { entryId = ids[i], platform = "WeChatChannels", likes = channels ?? 0, takenAt = At(2, 10, 11) });
        }

        var batch = await (await feed.PostAsJsonAsync($"{Contest}/likes", new { readings })).ReadAsync<LikeBatchResult>();
        var withoutPost = Field.Count(f => f.Douyin is null) * 2 + Field.Count(f => f.Channels is null);
        Assert.Equal(withoutPost, batch.Refused.Count);
        Assert.All(batch.Refused, r => Assert.Equal(LikeOutcome.UnknownPost, r.Outcome));
        Assert.Equal(readings.Count - withoutPost, batch.Recorded);

        var wrong = await (await committee.PostAsJsonAsync($"{Contest}/likes", new
        {
            readings = new object[]
            {
                new { entryId = ids[2], platform = "OfficialChannel", likes = 3900, takenAt = At(2, 10, 12) },
                new { entryId = ids[2], platform = "OfficialChannel", likes = 100, takenAt = At(2, 9, 0) },
                new { entryId = Guid.NewGuid(), platform = "Douyin", likes = 10, takenAt = At(2, 10, 12) },
            },
        })).ReadAsync<LikeBatchResult>();
        Assert.Equal([LikeOutcome.Decreased, LikeOutcome.UnknownPost], wrong.Refused.Select(r => r.Outcome));
        Assert.Equal((0, 1), (wrong.Recorded, wrong.Stale));
        var series = await (await committee.GetAsync($"{Contest}/entries/{ids[1]}/likes")).ReadAsync<List<LikeReading>>();
        Assert.Equal([1250L, 2500L], series.Where(r => r.Platform == ContestPlatform.Douyin).Select(r => r.Likes));

        // The judges split the tie on 5,000 likes; then the leader is disqualified.
        foreach (var (judge, liuYang, chenJing) in new[] { ("judge-1", 80, 90), ("judge-2", 84, 86) })
        {
            var client = _factory.ClientFor(judge, Roles.Judge);
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Contest}/entries/{ids[3]}/theme-impression", new { score = liuYang })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Contest}/entries/{ids[4]}/theme-impression", new { score = chenJing })).StatusCode);
        }

        var disqualified = await committee.PostAsJsonAsync($"{Contest}/entries/{ids[0]}/disqualify", new { rule = "NotOriginal", note = "搬运他人作品" });
        Assert.Equal(EntryStanding.Disqualified, (await disqualified.ReadAsync<EntryView>()).Standing);

        // Before the end the result cannot be decided, and entries can no longer be submitted after it.
        _time.SetUtcNow(At(2, 19, 23));
        Assert.Equal(HttpStatusCode.Conflict, (await committee.PostAsync($"{Contest}/results", null)).StatusCode);
        _time.SetUtcNow(At(2, 20, 9));
        await AssertFieldsAsync(await EntrantClient(tokens[3]).PostAsJsonAsync($"{Contest}/entries", Entry(3, video: 22)), "submittedAt");
        var late = await (await feed.PostAsJsonAsync($"{Contest}/likes", new { readings = new[] { new { entryId = ids[13], platform = "OfficialChannel", likes = 999_999, takenAt = At(2, 20, 8) } } }))
            .ReadAsync<LikeBatchResult>();
        Assert.Equal(1, late.Frozen);

        var published = await committee.PostAsync($"{Contest}/results", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var result = await published.ReadAsync<ResultView>();

        string[] winners = ["李明", "张伟", "陈静", "刘洋", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐强", "孙悦"];
        string[] tiers = ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "优秀奖", "优秀奖", "优秀奖", "优秀奖", "优秀奖"];
        Assert.Equal(winners, result.Awards.Select(a => a.AuthorName));
        Assert.Equal(tiers, result.Awards.Select(a => a.Tier));
        Assert.Equal(Enumerable.Range(1, 11), result.Awards.Select(a => a.Rank));
        Assert.Equal((3900, 13, 0), (result.PrizeMoneyYuan, result.RankedEntries, result.VacantPlaces.Count));
        Assert.Equal(6600L, result.Awards[0].TotalLikes);
        Assert.Contains("WeChatChannels 3,600 (the own post with more likes)", result.Awards[0].Score, StringComparison.Ordinal);
        Assert.Contains("by theme impression 88 to 82", result.Awards[2].Why, StringComparison.Ordinal);
        Assert.Contains("Douyin 9,999 not counted (not the same original video)", result.Awards[6].Score, StringComparison.Ordinal);

        var event_ = await PublishedAsync<ContestResultsPublished>(e => e.ContestCode == "lights-2023");
        Assert.Equal(winners, event_.Winners.Select(w => w.AuthorName));
        Assert.Equal(3900, event_.PrizeMoneyYuan);

        // Each winner's certificate is a PDF whose Chinese text extracts as written; an entry that won nothing has none.
        var certificate = await _factory.CreateClient().GetAsync($"{Contest}/results/certificates/{ids[2]}");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType!.MediaType);
        using (var pdf = PdfDocument.Open(await certificate.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("荣誉证书", text, StringComparison.Ordinal);
            Assert.Contains("张伟同志：", text, StringComparison.Ordinal);
            Assert.Contains("你的作品《灯影里的焦作2》在焦作\"2023·美在灯影里\"网红短视频大赛中荣获二等奖，奖金人民币500元。", text, StringComparison.Ordinal);
            Assert.Contains("证书编号：LIGHTS-2023-002", text, StringComparison.Ordinal);
            Assert.Contains("2023年2月20日", text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"{Contest}/results/certificates/{ids[12]}")).StatusCode);

        // Locked: nothing that decides it changes, and it is published once.
        Assert.Equal(HttpStatusCode.Conflict, (await committee.PostAsync($"{Contest}/results", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await committee.PostAsJsonAsync($"{Contest}/entries/{ids[1]}/disqualify", new { rule = "CopyrightDispute", note = "x" })).StatusCode);
        var ranking = await (await _factory.CreateClient().GetAsync($"{Contest}/ranking?pageSize=20")).ReadJsonAsync();
        Assert.False(ranking.GetProperty("provisional").GetBoolean());
        Assert.DoesNotContain(ranking.GetProperty("places").GetProperty("items").EnumerateArray(), p => p.GetProperty("authorName").GetString() == "王芳");
    }

    [Fact]
    public async Task Numbers_are_masked_to_staff_revealed_to_the_committee_alone_and_never_in_events()
    {
        var editor = _factory.ClientFor("editor-1", Roles.PublicityEditor);
        await editor.PutAsJsonAsync(Contest, ContestRequests.Lights2023());
        var registered = await (await _factory.CreateClient().PostAsJsonAsync($"{Contest}/entrants", new { authorName = "李明", phone = "173 1234 5029" }))
            .ReadAsync<RegisterEntrant.Registered>();
        var entry = await (await EntrantClient(registered.Token).PostAsJsonAsync($"{Contest}/entries", Entry(1))).ReadAsync<EntryView>();

        var listed = await (await _factory.ClientFor("judge-1", Roles.Judge).GetAsync($"{Contest}/entries")).ReadJsonAsync();
        var revealed = await (await _factory.ClientFor("committee-1", Roles.ContestCommittee).GetAsync($"{Contest}/entries/{entry.Id}/phone")).ReadAsync<EntryQueries.RevealedPhone>();
        var mine = await (await EntrantClient(registered.Token).GetAsync($"{Contest}/entries/mine")).ReadAsync<List<EntryView>>();

        Assert.Equal("173****5029", listed.GetProperty("items")[0].GetProperty("phone").GetString());
        Assert.Equal("17312345029", revealed.Phone);
        Assert.Equal([entry.Id], mine.Select(e => e.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientFor("judge-1", Roles.Judge).GetAsync($"{Contest}/entries/{entry.Id}/phone")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await EntrantClient("not-a-token-of-this-contest").GetAsync($"{Contest}/entries/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync($"{Contest}/entries")).StatusCode);

        await PublishedAsync<ContestEntrySubmitted>(e => e.EntryId == entry.Id);
        foreach (var message in _factory.Harness.Published.Select(_ => true))
        {
            Assert.DoesNotContain("5029", JsonSerializer.Serialize(message.MessageObject), StringComparison.Ordinal);
        }
    }

    /// <summary>Waits for an event the outbox publishes (the outbox runs on the real clock, whatever the test does with the domain's).</summary>
    async Task<T> PublishedAsync<T>(Func<T, bool> filter)
        where T : class =>
        (await Eventually.ReturnsAsync(
            () => Task.FromResult(_factory.Harness.Published.Select<T>(m => filter(m.Context.Message)).FirstOrDefault()),
            m => m is not null))!.Context.Message;

    static async Task AssertFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(fields.Order(), errors.EnumerateObject().Select(e => e.Name).Order());
    }
}
