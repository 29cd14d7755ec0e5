using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IPremisesStore"/> must do, including its outbox side.</summary>
public abstract class PremisesStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IPremisesStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    static PremisesDetails Details(string name, PremisesType type = PremisesType.Restaurant, string district = "410811", string? creditCode = null, string? supplier = "焦作中裕燃气") =>
        new(name, type, $"山阳区 焦东路 {name}", district == "410811" ? new GeoPoint(113.2520, 35.2325) : null, district,
            district == "410811" ? "41081100100101" : null, supplier, "刘红梅", "17303915029", creditCode);

    Premises New(PremisesDetails details) => Premises.Register(details, "manager-1", Time);

    [Fact]
    public async Task A_saved_file_is_found_with_every_field()
    {
        var premises = New(Details("鸡公虾婆", creditCode: "92410811MA3X1JGX0R"));

        await Store.SaveAsync(premises, default);

        var found = await Store.FindAsync(premises.Id, default);
        Assert.NotNull(found);
        Assert.Equal(premises.Details(), found.Details());
        Assert.Equal((1L, "manager-1", Time.GetUtcNow()), (found.Version, found.RegisteredBy, found.RegisteredAt));
        Assert.Null(await Store.FindAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task A_file_waits_in_the_outbox_under_its_event_id()
    {
        var premises = New(Details("老彪胡辣汤"));
        var registered = Assert.IsType<PremisesRegistered>(Assert.Single(premises.PendingEvents()));

        await Store.SaveAsync(premises, default);

        var message = Assert.Single(await Pending(), m => m.MessageId == registered.EventId);
        Assert.Equal(EventTypes.NameOf(typeof(PremisesRegistered)), message.EventType);
        Assert.Equal(premises.Id, Assert.IsType<PremisesRegistered>(message.Deserialize()).PremisesId);
    }

    [Fact]
    public async Task A_stale_save_is_a_concurrency_conflict()
    {
        var premises = New(Details("周庄早餐"));
        await Store.SaveAsync(premises, default);
        var first = (await Store.FindAsync(premises.Id, default))!;
        var second = (await Store.FindAsync(premises.Id, default))!;
        first.Update(Details("周庄早餐", supplier: "山阳区宏达液化气站"), "manager-1", Time);
        second.Update(Details("周庄早餐", supplier: null), "manager-2", Time);

        await Store.SaveAsync(first, default);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));

        Assert.Equal("山阳区宏达液化气站", (await Store.FindAsync(premises.Id, default))!.GasSupplier);
    }

    [Fact]
    public async Task A_second_file_with_a_taken_credit_code_is_a_duplicate_key()
    {
        await Store.SaveAsync(New(Details("福满园", creditCode: "92410811MA46FMY03H")), default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(New(Details("福满园二店", creditCode: "92410811MA46FMY03H")), default));
        await Store.SaveAsync(New(Details("福满园三店")), default);
        await Store.SaveAsync(New(Details("福满园四店")), default);
    }

    [Fact]
    public async Task Saving_several_files_stores_all_or_none()
    {
        var taken = New(Details("王婆大虾", creditCode: "92410811MA4GWPDX8B"));
        await Store.SaveAsync(taken, default);
        var fresh = New(Details("小宋麻辣烫"));
        var clash = New(Details("王婆大虾分店", creditCode: "92410811MA4GWPDX8B"));

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAllAsync([fresh, clash], default));
        Assert.Null(await Store.FindAsync(fresh.Id, default));

        await Store.SaveAllAsync([fresh, New(Details("手工鲜包店"))], default);
        Assert.Equal(1, (await Store.FindAsync(fresh.Id, default))!.Version);
        Assert.Empty(fresh.PendingEvents());
    }

    [Fact]
    public async Task Files_are_found_by_their_credit_codes()
    {
        var a = New(Details("贾师傅酱香扒鸡", creditCode: "92410811MA4AJ5FB5U"));
        var b = New(Details("逍遥镇胡辣汤", creditCode: "92410811MA48XY2H4R"));
        await Store.SaveAllAsync([a, b, New(Details("无代码小店"))], default);

        var found = await Store.FindByCreditCodesAsync(["92410811MA4AJ5FB5U", "92410811MA48XY2H4R", "91350100M000100Y43"], default);

        Assert.Equal(new[] { a.Id, b.Id }.Order(), found.Select(p => p.Id).Order());
        Assert.Empty(await Store.FindByCreditCodesAsync([], default));
    }

    [Fact]
    public async Task Search_filters_by_text_type_district_and_supplier_in_name_order_and_pages()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await Store.SaveAllAsync(
        [
            New(Details($"C烩面{tag}")),
            New(Details($"A烩面{tag}", supplier: "山阳区宏达液化气站")),
            New(Details($"B超市{tag}", PremisesType.Supermarket)),
            New(Details($"D烩面{tag}", district: "410802")),
        ], default);

        async Task<IReadOnlyList<string>> Names(PremisesFilter filter, int page = 1, int size = 10) =>
            [.. (await Store.SearchAsync(filter, new PageRequest(page, size), default)).Items.Select(p => p.Name[..1])];

        Assert.Equal(["A", "B", "C", "D"], await Names(new PremisesFilter(tag.ToUpperInvariant())));
        Assert.Equal(["A", "C", "D"], await Names(new PremisesFilter($"烩面{tag}")));
        Assert.Equal(["B"], await Names(new PremisesFilter(tag, Type: PremisesType.Supermarket)));
        Assert.Equal(["D"], await Names(new PremisesFilter(tag, DistrictCode: "410802")));
        Assert.Equal(["A"], await Names(new PremisesFilter(tag, GasSupplier: "山阳区宏达液化气站")));
        Assert.Equal(["C", "D"], await Names(new PremisesFilter(tag), page: 2, size: 2));
        Assert.Equal(["A", "B", "C"], await Names(new PremisesFilter(tag, GridCode: "41081100100101")));
        Assert.Equal(4, (await Store.SearchAsync(new PremisesFilter(tag), new PageRequest(2, 2), default)).Total);
        Assert.Empty(await Names(new PremisesFilter("no such premises")));
    }

    [Fact]
    public async Task A_search_text_is_matched_literally()
    {
        await Store.SaveAsync(New(Details("50% off (.*) bar")), default);

        Assert.Single((await Store.SearchAsync(new PremisesFilter("(.*)"), new PageRequest(1, 10), default)).Items);
        Assert.Empty((await Store.SearchAsync(new PremisesFilter("off.*bar"), new PageRequest(1, 10), default)).Items);
    }

    /// <summary>The pending premises events, claimed and given back so the store is left as it was.</summary>
    async Task<IReadOnlyList<OutboxMessage>> Pending()
    {
        var now = Time.GetUtcNow();
        var claimed = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        await Outbox.ReleaseAsync(claimed, default);
        return claimed;
    }
}
