using DigitalCity.Contracts;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Maintenance;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IMaintenanceOrderStore"/> must do.</summary>
public abstract class MaintenanceOrderStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IMaintenanceOrderStore Store { get; }

    MaintenanceOrder Order(string facility = "WC-410811-0003", string district = "410811", string assignee = "crew-7", TimeSpan? dueIn = null)
    {
        // A second apart, so orders listed by due instant come in the order the test made them.
        Time.Advance(TimeSpan.FromSeconds(1));
        var toilet = Facility.Register(facility, new FacilityDetails(FacilityKind.PublicToilet, "公厕", district, new GeoPoint(113.25, 35.21), null), "sup-1", Time);
        return MaintenanceOrder.Open(toilet, new MaintenanceRequest("冲水阀损坏", ["broken.jpg"], MaintenancePriority.High,
            Time.GetUtcNow() + (dueIn ?? TimeSpan.FromHours(4)), assignee), "sup-1", Time);
    }

    async Task<List<Guid>> Ids(MaintenanceFilter filter) =>
        [.. (await Store.ListAsync(filter, new PageRequest(1, 100), default)).Items.Select(o => o.Id)];

    [Fact]
    public async Task An_order_round_trips_and_a_stale_copy_conflicts()
    {
        var order = Order();
        await Store.SaveAsync(order, default);
        var loaded = (await Store.FindAsync(order.Id, default))!;
        var stale = (await Store.FindAsync(order.Id, default))!;

        loaded.Complete("crew-7", false, "已更换", ["fixed.jpg"], Time);
        await Store.SaveAsync(loaded, default);
        stale.Cancel("sup-1", "重复", Time);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(stale, default));
        var found = (await Store.FindAsync(order.Id, default))!;
        Assert.Equal((MaintenanceStatus.Done, "已更换", order.DueAt, 2L), (found.Status, found.Result, found.DueAt, found.Version));
        Assert.Equal(["fixed.jpg"], found.CompletionPhotoRefs);
    }

    [Fact]
    public async Task Due_orders_are_the_open_ones_not_yet_flagged_at_or_before_now_soonest_first()
    {
        var later = Order(dueIn: TimeSpan.FromHours(2));
        var sooner = Order(dueIn: TimeSpan.FromHours(1));
        var notYet = Order(dueIn: TimeSpan.FromHours(5));
        var done = Order(dueIn: TimeSpan.FromHours(1));
        done.Complete("crew-7", false, "ok", [], Time);
        foreach (var o in new[] { later, sooner, notYet, done })
        {
            await Store.SaveAsync(o, default);
        }

        Time.Advance(TimeSpan.FromHours(2));
        var due = await Store.FindDueAsync(Time.GetUtcNow(), 10, default);
        Assert.Equal([sooner.Id, later.Id], due.Select(o => o.Id));

        Assert.True(due[0].MarkOverdue(Time));
        await Store.SaveAsync(due[0], default);
        Assert.Equal([later.Id], (await Store.FindDueAsync(Time.GetUtcNow(), 10, default)).Select(o => o.Id));
    }

    [Fact]
    public async Task Lists_filter_by_status_facility_district_overdue_and_assignee()
    {
        var a = Order("WC-1", "410811", "crew-a", TimeSpan.FromHours(1));
        var b = Order("WC-2", "410802", "crew-b");
        var c = Order("WC-1", "410811", "crew-b");
        c.Cancel("sup-1", "重复", Time);
        foreach (var o in new[] { a, b, c })
        {
            await Store.SaveAsync(o, default);
        }

        Time.Advance(TimeSpan.FromHours(1));
        a.MarkOverdue(Time);
        await Store.SaveAsync(a, default);

        Assert.Equal([a.Id, c.Id], await Ids(new MaintenanceFilter(FacilityCode: "WC-1")));
        Assert.Equal([b.Id], await Ids(new MaintenanceFilter(DistrictCode: "410802")));
        Assert.Equal([a.Id, b.Id], await Ids(new MaintenanceFilter(MaintenanceStatus.Open)));
        Assert.Equal([a.Id], await Ids(new MaintenanceFilter(Overdue: true)));
        Assert.Equal([b.Id, c.Id], await Ids(new MaintenanceFilter(Overdue: false)));
        Assert.Equal([b.Id, c.Id], await Ids(new MaintenanceFilter(AssigneeId: "crew-b")));
    }
}
