using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IManholeCoverStore"/> must do, including its outbox side.</summary>
public abstract class ManholeCoverStoreContract
{
    static int _serial;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IManholeCoverStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    protected ManholeCover NewCover(string district = "410802", string kind = "01", string owner = "water-group")
    {
        var code = ComponentCode.Parse($"{district}01{kind}{Interlocked.Increment(ref _serial):D6}", out _)!;
        return ManholeCover.Register(new CoverRegistration(code, new GeoPoint(113.23, 35.24), null, "解放区 民主路 12号", owner, "water-company",
            CoverMaterial.CastIron, AntiFallNet: true), "manager-1", Time);
    }

    DefectReport Report(string type, Guid? campaign) => new(DefectTypes.Find(type)!, campaign, new DateOnly(2023, 1, 22), null, ["defect.jpg"]);

    [Fact]
    public async Task A_saved_cover_is_found_by_code_with_its_defects_and_version()
    {
        var cover = NewCover();
        await Store.SaveAsync(cover, default);
        var defect = cover.ReportDefect(Report("broken", null), "inspector-1", new("inspector-1|k", "fp"), Time);
        cover.AssignRepair(defect.Id, Time.GetUtcNow().AddHours(2), "dispatcher-1", Time);
        await Store.SaveAsync(cover, default);

        var found = await Store.FindAsync(cover.Code, default);

        Assert.NotNull(found);
        Assert.Equal((2L, CoverState.Defective, ManholeKind.Water), (found.Version, found.State, found.Kind));
        var stored = Assert.Single(found.Defects);
        Assert.Equal((defect.Id, DefectStatus.Assigned, "inspector-1|k"), (stored.Id, stored.Status, stored.IdempotencyKey));
        Assert.Equal(2, stored.History.Count);
        Assert.Empty(found.PendingEvents());
        Assert.Null(await Store.FindAsync("4108020101999999", default));
    }

    [Fact]
    public async Task A_code_on_file_is_a_duplicate_key_and_a_stale_version_a_conflict()
    {
        var cover = NewCover();
        await Store.SaveAsync(cover, default);
        var twin = ManholeCover.Register(new CoverRegistration(ComponentCode.Parse(cover.Code, out _)!, cover.Location, null, "x", "o", "m",
            CoverMaterial.Steel, false), "manager-2", Time);
        var first = (await Store.FindAsync(cover.Code, default))!;
        var second = (await Store.FindAsync(cover.Code, default))!;
        first.ReportDefect(Report("loose", null), "inspector-1", null, Time);
        second.ReportDefect(Report("noisy", null), "inspector-2", null, Time);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(twin, default));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));
    }

    [Fact]
    public async Task An_import_saves_every_cover_with_its_event_and_its_codes_are_then_on_file()
    {
        var covers = new[] { NewCover(), NewCover(), NewCover() };

        await Store.InsertAllAsync(covers, default);

        Assert.All(covers, c => Assert.Equal(1, c.Version));
        Assert.Equal(covers.Select(c => c.Code).Order(), (await Store.FindExistingCodesAsync([.. covers.Select(c => c.Code), "4108020101999998"], default)).Order());
        var pending = await PendingFor(covers[1].Id);
        Assert.Equal(covers[1].Code, Assert.IsType<ManholeCoverRegistered>(Assert.Single(pending).Deserialize()).ComponentCode);
    }

    [Fact]
    public async Task Search_filters_by_district_kind_state_owner_and_maintainer_in_code_order()
    {
        var owner = $"owner-{Guid.NewGuid():N}";
        var water = NewCover(owner: owner);
        var power = NewCover(kind: "04", owner: owner);
        var shanyang = NewCover("410811", "04", owner);
        power.ReportDefect(Report("missing", null), "inspector-1", null, Time);
        await Store.InsertAllAsync([water, power, shanyang], default);

        var all = await Store.SearchAsync(new CoverFilter(OwnerCode: owner), new PageRequest(1, 2), default);
        var powerInJiefang = await Store.SearchAsync(new CoverFilter("410802", ManholeKind.Power, OwnerCode: owner), new PageRequest(1, 10), default);
        var defective = await Store.SearchAsync(new CoverFilter(State: CoverState.Defective, OwnerCode: owner, MaintainerCode: "water-company"), new PageRequest(1, 10), default);
        var otherMaintainer = await Store.SearchAsync(new CoverFilter(OwnerCode: owner, MaintainerCode: "gas-company"), new PageRequest(1, 10), default);

        Assert.Equal(3, all.Total);
        Assert.Equal([water.Code, power.Code], all.Items.Select(c => c.Code));
        Assert.Equal([power.Code], powerInJiefang.Items.Select(c => c.Code));
        Assert.Equal([power.Code], defective.Items.Select(c => c.Code));
        Assert.Equal(0, otherMaintainer.Total);
    }

    [Fact]
    public async Task Covers_are_found_by_the_campaigns_of_their_defects()
    {
        var campaign = Guid.NewGuid();
        var inCampaign = NewCover();
        var elsewhere = NewCover();
        var later = NewCover();
        inCampaign.ReportDefect(Report("broken", campaign), "inspector-1", null, Time);
        elsewhere.ReportDefect(Report("broken", Guid.NewGuid()), "inspector-1", null, Time);
        await Store.InsertAllAsync([inCampaign, elsewhere, later], default);
        later.ReportDefect(Report("sunken", campaign), "inspector-1", null, Time);
        await Store.SaveAsync(later, default);

        var found = await Store.FindByCampaignAsync(campaign, default);

        Assert.Equal(new[] { inCampaign.Id, later.Id }.Order(), found.Select(c => c.Id).Order());
    }

    async Task<IReadOnlyList<OutboxMessage>> PendingFor(Guid coverId)
    {
        var now = Time.GetUtcNow();
        var claimed = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        await Outbox.ReleaseAsync(claimed, default);
        return [.. claimed.Where(m => m.AggregateId == coverId.ToString())];
    }
}
