using DigitalCity.Sanitation.Clearance;
using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.Sanitation.Routes;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ICollectionStore"/>, <see cref="IClearanceStore"/> and <see cref="IRouteStore"/> must do.</summary>
public abstract class CollectionStoreContract
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateOnly Jan21 = new(2023, 1, 21);

    protected abstract ICollectionStore Records { get; }

    protected abstract IClearanceStore Clearance { get; }

    protected abstract IRouteStore Routes { get; }

    static CollectionRecord Record(string ticket, WasteType type, long kg, string site, string district, DateOnly day, int hour = 7, string? destination = null) =>
        new(Guid.CreateVersion7(), ticket, type, kg, site, district, "V-01", destination, ["crew-7"],
            new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), China), day, "staff", "crew-7", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_ticket_is_stored_once_however_often_it_comes()
    {
        var first = Record("WB1/0001", WasteType.Household, 5200, "CP-1", "410811", Jan21);
        var again = first with { Id = Guid.CreateVersion7(), WeightKg = 9999 };
        var other = Record("WB1/0002", WasteType.Kitchen, 800, "CP-1", "410811", Jan21);

        Assert.Equal([first.Id], (await Records.AppendAsync([first], default)).Select(r => r.Id));
        var stored = await Records.AppendAsync([again, other, other with { Id = Guid.CreateVersion7() }], default);

        Assert.Equal([other.Id], stored.Select(r => r.Id));
        var found = await Records.FindByTicketsAsync(["WB1/0001", "WB1/0002", "WB1/none"], default);
        Assert.Equal([(first.Id, 5200L), (other.Id, 800L)], found.OrderBy(r => r.Ticket).Select(r => (r.Id, r.WeightKg)));
        var total = Assert.Single(await Records.TonnageAsync(new TonnageQuery(Jan21, Jan21, []), default));
        Assert.Equal((6000L, 2L), (total.WeightKg, total.Records));
    }

    [Fact]
    public async Task A_record_reads_back_as_it_was_written()
    {
        var record = Record("WB1/0100", WasteType.Hazardous, 12, "TS-2", "410802", Jan21, destination: "DS-1");

        await Records.AppendAsync([record], default);

        var read = Assert.Single(await Records.FindByTicketsAsync(["WB1/0100"], default));
        Assert.Equal(record with { Crew = [] }, read with { Crew = [] });
        Assert.Equal(record.Crew, read.Crew);
    }

    [Fact]
    public async Task Tonnage_breaks_down_by_any_dimensions_and_every_breakdown_sums_to_the_total()
    {
        await Records.AppendAsync(
        [
            Record("T1", WasteType.Household, 5200, "CP-1", "410811", Jan21, destination: "DS-1"),
            Record("T2", WasteType.Household, 4800, "CP-2", "410811", Jan21.AddDays(1)),
            Record("T3", WasteType.Kitchen, 1300, "CP-1", "410811", Jan21.AddDays(1), destination: "DS-1"),
            Record("T4", WasteType.Household, 7700, "CP-9", "410802", Jan21.AddDays(6)),
            Record("T5", WasteType.Recyclable, 333, "CP-9", "410802", Jan21.AddDays(7)),
        ], default);

        var week = (Jan21, Jan21.AddDays(6));
        var total = Assert.Single(await Records.TonnageAsync(new TonnageQuery(week.Item1, week.Item2, []), default));
        Assert.Equal((19000L, 4L), (total.WeightKg, total.Records));
        foreach (var by in new[] { [TonnageDimension.Day], [TonnageDimension.District, TonnageDimension.WasteType], new[] { TonnageDimension.Site, TonnageDimension.Destination } })
        {
            var rows = await Records.TonnageAsync(new TonnageQuery(week.Item1, week.Item2, by), default);
            Assert.Equal(19000L, rows.Sum(r => r.WeightKg));
        }

        var byDistrictType = await Records.TonnageAsync(new TonnageQuery(week.Item1, week.Item2, [TonnageDimension.District, TonnageDimension.WasteType]), default);
        Assert.Equal(
            [("410802", WasteType.Household, 7700L), ("410811", WasteType.Household, 10000L), ("410811", WasteType.Kitchen, 1300L)],
            byDistrictType.Select(r => (r.DistrictCode!, r.WasteType!.Value, r.WeightKg)));
        var household = await Records.TonnageAsync(new TonnageQuery(week.Item1, week.Item2, [TonnageDimension.Destination], WasteType.Household, "410811"), default);
        Assert.Equal([("", 4800L), ("DS-1", 5200L)], household.Select(r => (r.DestinationCode!, r.WeightKg)));
    }

    [Fact]
    public async Task Records_list_in_time_order_and_the_first_collection_of_each_site_is_known()
    {
        await Records.AppendAsync(
        [
            Record("L1", WasteType.Household, 100, "CP-1", "410811", Jan21, hour: 15),
            Record("L2", WasteType.Household, 100, "CP-1", "410811", Jan21, hour: 6),
            Record("L3", WasteType.Kitchen, 100, "CP-2", "410811", Jan21, hour: 9),
            Record("L4", WasteType.Kitchen, 100, "CP-2", "410811", Jan21.AddDays(1), hour: 5),
        ], default);

        var page = await Records.ListAsync(new CollectionFilter(Jan21, Jan21, DistrictCode: "410811"), new PageRequest(1, 2), default);
        Assert.Equal(3L, page.Total);
        Assert.Equal(["L2", "L3"], page.Items.Select(r => r.Ticket));
        var firsts = await Records.FirstCollectionsAsync(Jan21, default);
        Assert.Equal(new DateTimeOffset(2023, 1, 21, 6, 0, 0, China), firsts["CP-1"]);
        Assert.Equal(new DateTimeOffset(2023, 1, 21, 9, 0, 0, China), firsts["CP-2"]);
    }

    [Fact]
    public async Task A_points_day_is_judged_once_and_rates_count_the_judged_points()
    {
        var clearBy = new DateTimeOffset(2023, 1, 21, 20, 0, 0, China);
        var cleared = new ClearanceOutcome("CP-1", "民主路收集点", "410811", Jan21, clearBy, clearBy.AddHours(-12), clearBy);
        var missed = new ClearanceOutcome("CP-2", "解放路收集点", "410811", Jan21, clearBy, null, clearBy);
        var late = new ClearanceOutcome("CP-3", "人民路收集点", "410802", Jan21, clearBy, clearBy.AddHours(1), clearBy);

        Assert.Equal(3, await Clearance.RecordAsync([cleared, missed, late], default));
        Assert.Equal(0, await Clearance.RecordAsync([missed with { FirstCollectedAt = clearBy.AddHours(-1) }], default));

        Assert.Equal(["CP-1", "CP-2", "CP-3"], (await Clearance.JudgedAsync(Jan21, default)).Order());
        var rates = await Clearance.RatesAsync(Jan21, Jan21, null, default);
        Assert.Equal([ClearanceRate.Of(Jan21, "410802", 1, 0), ClearanceRate.Of(Jan21, "410811", 2, 1)], rates);
        var missedOnes = await Clearance.OutcomesAsync(Jan21, "410811", missedOnly: true, new PageRequest(1, 10), default);
        Assert.Equal(missed, Assert.Single(missedOnes.Items));
    }

    [Fact]
    public async Task Routes_are_found_by_code_and_by_crew_member_and_keep_their_version()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 1, 21, 8, 0, 0, China));
        var route = CollectionRoute.Create("R-SY-1", time);
        route.Set("民主路线", "410811", ["CP-1", "CP-2"], ["crew-7", "crew-8"], "lead-1", time);
        await Routes.SaveAsync(route, default);
        var other = CollectionRoute.Create("R-JF-1", time);
        other.Set("解放路线", "410802", ["CP-9"], ["crew-9"], "lead-1", time);
        await Routes.SaveAsync(other, default);

        var found = await Routes.FindAsync("R-SY-1", default);
        Assert.Equal(1L, found!.Version);
        Assert.Equal(["CP-1", "CP-2"], found.FacilityCodes);
        Assert.Equal(["R-SY-1"], (await Routes.CrewedByAsync("crew-8", default)).Select(r => r.Code));
        Assert.Empty(await Routes.CrewedByAsync("crew-1", default));
        found.Set("民主路线", "410811", ["CP-1"], ["crew-7"], "lead-1", time);
        await Routes.SaveAsync(found, default);
        Assert.Empty(await Routes.CrewedByAsync("crew-8", default));
        Assert.Equal(2L, (await Routes.FindAsync("R-SY-1", default))!.Version);
        Assert.Equal(["R-JF-1"], (await Routes.ListAsync("410802", new PageRequest(1, 10), default)).Items.Select(r => r.Code));
    }
}
