using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Publicity.Storage;

/// <summary>What every adapter of the contest's stores — entrants, entries, likes, results — must do.</summary>
public abstract class ContestStoreContract
{
    protected const string Code = "lights-2023";
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateTimeOffset ClosesAt = new(2023, 2, 20, 0, 0, 0, China);
    static readonly DateTimeOffset At = new(2023, 2, 1, 12, 0, 0, China);
    static readonly PhoneProtector Phones = new(new PersonalDataOptions
    {
        EncryptionKey = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()),
        HmacKey = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 100)).ToArray()),
    });

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 27, 10, 0, 0, China));

    protected abstract IEntrantStore Entrants { get; }

    protected abstract IEntryStore Entries { get; }

    protected abstract ILikeStore Likes { get; }

    protected abstract IResultStore Results { get; }

    Entrant NewEntrant(string phone, string code = Code) => Entrant.Register(code, "李明", Phones.Protect(phone), EntrantToken.Hash(phone + code), Time);

    async Task<ContestEntry> SubmitAsync(Entrant entrant, string video, bool approve = true)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        var entry = ContestEntry.Submit(new EntrySubmission("灯影里的民主路", $"videos/{video}.mp4", video.PadLeft(64, '0'),
            [new OwnPost(ContestPlatform.Douyin, "https://v.douyin.com/a", true), new OwnPost(ContestPlatform.WeChatChannels, "https://channels.weixin.qq.com/a", true)]),
            entrant, Time);
        await Entries.SaveAsync(entry, default);
        if (approve)
        {
            entry.Approve("https://channels.weixin.qq.com/official/a", "committee-1", Time);
            await Entries.SaveAsync(entry, default);
        }

        return entry;
    }

    [Fact]
    public async Task An_entrant_round_trips_with_the_number_still_protected_and_one_number_registers_once_per_contest()
    {
        var entrant = NewEntrant("17312345029");
        await Entrants.SaveAsync(entrant, default);

        var byPhone = await Entrants.FindByPhoneAsync(Code, Phones.LookupHash("173 1234 5029"), default);
        var byToken = await Entrants.FindByTokenAsync(Code, EntrantToken.Hash("17312345029" + Code), default);

        Assert.Equal(entrant.Id, byPhone!.Id);
        Assert.Equal(entrant.Id, byToken!.Id);
        Assert.Equal("17312345029", Phones.Reveal(byToken.Phone));
        Assert.Null(await Entrants.FindByTokenAsync("other-contest", entrant.TokenHash, default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Entrants.SaveAsync(NewEntrant("17312345029"), default));
        await Entrants.SaveAsync(NewEntrant("17312345029", "next-contest"), default);
    }

    [Fact]
    public async Task An_entry_round_trips_a_video_enters_once_and_entries_list_by_entrant_and_standing()
    {
        var entrant = NewEntrant("17312345029");
        var first = await SubmitAsync(entrant, "a1");
        first.ScoreTheme("judge-1", 88, Time);
        await Entries.SaveAsync(first, default);
        var second = await SubmitAsync(entrant, "a2", approve: false);

        var read = await Entries.FindAsync(first.Id, default);
        Assert.Equal((EntryStanding.Approved, 88m, 3, "173****5029"), (read!.Standing, read.ThemeImpression, read.Posts.Count, read.PhoneMasked));
        Assert.Equal(first.Id, (await Entries.FindByVideoAsync(Code, "a1".PadLeft(64, '0'), default))!.Id);
        Assert.Equal([first.Id, second.Id], (await Entries.ListByEntrantAsync(entrant.Id, default)).Select(e => e.Id));
        var submitted = await Entries.ListAsync(Code, EntryStanding.Submitted, new PageRequest(1, 10), default);
        Assert.Equal([second.Id], submitted.Items.Select(e => e.Id));
        Assert.Equal(1L, submitted.Total);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => SubmitAsync(NewEntrant("17312345030"), "a1"));
    }

    [Fact]
    public async Task Likes_are_judged_in_order_kept_as_a_series_and_tallied_for_approved_entries_only()
    {
        var entrant = NewEntrant("17312345029");
        var approved = await SubmitAsync(entrant, "b1");
        approved.FindNotTheSameVideo(ContestPlatform.Douyin, "committee-1", Time);
        await Entries.SaveAsync(approved, default);
        var pending = await SubmitAsync(entrant, "b2", approve: false);

        var outcomes = await Likes.RecordAsync(Code,
        [
            new LikeReading(approved.Id, ContestPlatform.OfficialChannel, 1000, At),
            new LikeReading(approved.Id, ContestPlatform.OfficialChannel, 1500, At.AddHours(1)),
            new LikeReading(approved.Id, ContestPlatform.OfficialChannel, 900, At.AddHours(2)),
            new LikeReading(approved.Id, ContestPlatform.OfficialChannel, 2000, At.AddMinutes(30)),
            new LikeReading(approved.Id, ContestPlatform.Douyin, 9000, At),
            new LikeReading(approved.Id, ContestPlatform.WeChatChannels, 400, At),
            new LikeReading(approved.Id, ContestPlatform.WeChatChannels, 5000, ClosesAt),
            new LikeReading(pending.Id, ContestPlatform.OfficialChannel, 10, At),
            new LikeReading(pending.Id, ContestPlatform.Douyin, 10, At),
        ], ClosesAt, default);
        var elsewhere = await Likes.RecordAsync("other-contest", [new LikeReading(approved.Id, ContestPlatform.Douyin, 9500, At.AddDays(1))], ClosesAt, default);

        Assert.Equal(
            [LikeOutcome.Recorded, LikeOutcome.Recorded, LikeOutcome.Decreased, LikeOutcome.Stale, LikeOutcome.Recorded, LikeOutcome.Recorded, LikeOutcome.Frozen,
                LikeOutcome.UnknownPost, LikeOutcome.Recorded],
            outcomes);
        Assert.Equal([LikeOutcome.UnknownPost], elsewhere);
        var series = await Likes.SeriesAsync(approved.Id, default);
        Assert.Equal([1000L, 1500L], series.Where(r => r.Platform == ContestPlatform.OfficialChannel).Select(r => r.Likes));
        var tally = Assert.Single(await Entries.ApprovedTalliesAsync(Code, default));
        Assert.Equal(approved.Id, tally.EntryId);
        var score = EntryScore.Of(tally, ContestRules.BeautyInTheLights);
        Assert.Equal((ContestPlatform.WeChatChannels, 1900L), (score.CountedPlatform!.Value, score.TotalLikes));
    }

    [Fact]
    public async Task A_result_is_locked_once_per_contest_and_round_trips_its_awards_and_vacant_places()
    {
        var entrant = NewEntrant("17312345029");
        var entry = await SubmitAsync(entrant, "c1");
        await Likes.RecordAsync(Code, [new LikeReading(entry.Id, ContestPlatform.OfficialChannel, 700, At)], ClosesAt, default);
        var rules = ContestRules.BeautyInTheLights;
        var ranking = ContestRanking.Rank(await Entries.ApprovedTalliesAsync(Code, default), rules);

        await Results.SaveAsync(ContestResult.Lock(Code, rules, ranking, "committee-1", Time), default);

        var read = await Results.FindAsync(Code, default);
        var award = Assert.Single(read!.Awards);
        Assert.Equal((entry.Id, "一等奖", 1000, 700L), (award.EntryId, award.Tier, award.PrizeYuan, award.TotalLikes));
        Assert.Equal((1000, 2, 5), (read.PrizeMoneyYuan, read.VacantPlaces["二等奖"], read.VacantPlaces["优秀奖"]));
        Assert.Null(await Results.FindAsync("other-contest", default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Results.SaveAsync(ContestResult.Lock(Code, rules, ranking, "committee-1", Time), default));
    }
}
