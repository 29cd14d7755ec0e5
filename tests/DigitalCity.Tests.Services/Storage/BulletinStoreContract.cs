using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Bulletins;
using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IBulletinStore"/> must do.</summary>
public abstract class BulletinStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 28, 2, 0, 0, TimeSpan.Zero));

    protected abstract IBulletinStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    Bulletin Draft(string? key = null) => Bulletin.Draft(new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27), "410811", "山阳区", "春节期间", null,
        new Dictionary<string, long> { [Metrics.GroupsSent] = 5, [Metrics.OfficersSent] = 12, [Metrics.HouseholdWasteKg] = 1_234_500 },
        "editor-1", key is null ? null : new IdempotencyStamp($"editor-1|{key}", "f"), Time);

    [Fact]
    public async Task A_draft_round_trips_with_its_figures_and_its_events_wait_in_the_outbox()
    {
        var draft = Draft();
        await Store.SaveAsync(draft, default);
        Time.Advance(TimeSpan.FromMinutes(1));
        draft.Publish("editor-2", Time);
        await Store.SaveAsync(draft, default);

        var found = (await Store.FindAsync(draft.Id, default))!;

        Assert.Equal((BulletinStatus.Published, 2L, "editor-2"), (found.Status, found.Version, found.PublishedBy));
        Assert.Equal(draft.Text, found.Text);
        Assert.Equal(draft.Figures, found.Figures);
        Assert.Equal(new DateOnly(2023, 1, 27), found.To);
        var pending = (await Outbox.ClaimPendingAsync(100, Time.GetUtcNow(), Time.GetUtcNow().AddMinutes(1), default)).Where(m => m.AggregateId == draft.Id.ToString()).ToList();
        Assert.Equal([typeof(BulletinDrafted), typeof(BulletinPublished)], pending.Select(m => m.Deserialize().GetType()));
    }

    [Fact]
    public async Task A_stale_save_conflicts_and_a_taken_idempotency_key_is_a_duplicate()
    {
        var draft = Draft("k-1");
        await Store.SaveAsync(draft, default);
        var first = (await Store.FindAsync(draft.Id, default))!;
        var second = (await Store.FindAsync(draft.Id, default))!;
        first.Edit("标题", "正文", "editor-1", Time);
        await Store.SaveAsync(first, default);
        second.Discard("editor-2", Time);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(Draft("k-1"), default));
        Assert.Equal(draft.Id, (await Store.FindByIdempotencyKeyAsync("editor-1|k-1", default))?.Id);
        Assert.Null(await Store.FindByIdempotencyKeyAsync("editor-1|k-2", default));
    }

    [Fact]
    public async Task Bulletins_are_listed_by_status_the_latest_published_first()
    {
        var early = Draft();
        var late = Draft();
        var draft = Draft();
        foreach (var b in new[] { early, late, draft })
        {
            await Store.SaveAsync(b, default);
        }

        late.Publish("editor-1", Time);
        await Store.SaveAsync(late, default);
        Time.Advance(TimeSpan.FromMinutes(5));
        early.Publish("editor-1", Time);
        await Store.SaveAsync(early, default);

        var published = await Store.ListAsync(BulletinStatus.Published, new PageRequest(1, 10), default);
        var firstPage = await Store.ListAsync(BulletinStatus.Published, new PageRequest(1, 1), default);
        var drafts = await Store.ListAsync(BulletinStatus.Draft, new PageRequest(1, 10), default);

        Assert.Equal([early.Id, late.Id], published.Items.Select(b => b.Id));
        Assert.Equal((2L, early.Id), (firstPage.Total, Assert.Single(firstPage.Items).Id));
        Assert.Equal([draft.Id], drafts.Items.Select(b => b.Id));
    }
}
