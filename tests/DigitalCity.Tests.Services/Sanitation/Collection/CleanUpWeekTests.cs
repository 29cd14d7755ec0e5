using System.Globalization;
using System.Text;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Sanitation.Collection;
using DigitalCity.Sanitation.Clearance;
using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Sanitation.Collection;

/// <summary>
/// 城市大扫除、干净过新年 — the week of 21–27 January 2023 over the real SQLite stores on a fake clock: a week of
/// weighbridge records is imported, every breakdown of the tonnage adds up to the grand total to the kilogram, and
/// at each day's cut-off the points not cleared are flagged once, with <see cref="DailyClearanceMissed"/>.
/// </summary>
public sealed class CleanUpWeekTests : IDisposable
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateOnly Jan21 = new(2023, 1, 21);
    static readonly DateOnly Jan27 = new(2023, 1, 27);
    static readonly string[] Points = ["CP-SY-01", "CP-SY-02", "CP-JF-01", "CP-JF-02"];

    readonly TempDirectory _data = new();
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 20, 9, 0, 0, China));
    readonly SqliteFacilityStore _facilities;
    readonly SqliteCollectionStore _records;
    readonly SqliteClearanceStore _clearance;
    readonly SqliteOutboxStore _outbox;
    readonly CollectionIntake _intake;
    readonly ClearanceJudge _judge;

    public CleanUpWeekTests()
    {
        var database = new SqliteDatabase(Path.Combine(_data.Path, "sanitation.db"), new OutboxSignal());
        _facilities = new SqliteFacilityStore(database);
        _records = new SqliteCollectionStore(database);
        _clearance = new SqliteClearanceStore(database);
        _outbox = new SqliteOutboxStore(database);
        var city = new CityClock(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), _time);
        _intake = new CollectionIntake(_facilities, _records, new CollectionOptions(), city, _time);
        _judge = new ClearanceJudge(_facilities, _records, _clearance, new ClearanceOptions { LookBackDays = 6 }, city, _time);
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_week_of_records_adds_up_in_every_breakdown_and_uncleared_points_are_flagged_at_the_cut_off()
    {
        await RegisterAsync();
        var week = Week().ToList();
        var lateLoads = week.Where(l => l.Point == "CP-JF-02" && l.At.Date == new DateTime(2023, 1, 27)).ToList();
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 27, 19, 0, 0, China));
        await ImportAsync(week.Where(l => !lateLoads.Contains(l)));

        var grandTotal = week.Where(l => !lateLoads.Contains(l)).Sum(l => l.Kg);
        var total = Assert.Single(await _records.TonnageAsync(new TonnageQuery(Jan21, Jan27, []), default));
        Assert.Equal(grandTotal, total.WeightKg);
        foreach (var by in Breakdowns())
        {
            var rows = await _records.TonnageAsync(new TonnageQuery(Jan21, Jan27, by), default);
            Assert.True(grandTotal == rows.Sum(r => r.WeightKg), $"by {string.Join(",", by)}: {rows.Sum(r => r.WeightKg)} kg, not {grandTotal}");
        }

        var householdByDistrict = await _records.TonnageAsync(new TonnageQuery(Jan21, Jan27, [TonnageDimension.District], WasteType.Household), default);
        Assert.Equal(
            week.Where(l => !lateLoads.Contains(l) && l.Type == WasteType.Household).GroupBy(l => l.Point.StartsWith("CP-SY", StringComparison.Ordinal) ? "410811" : "410802")
                .Select(g => (g.Key, g.Sum(l => l.Kg))).OrderBy(g => g.Key),
            householdByDistrict.Select(r => (r.DistrictCode!, r.WeightKg)));

        // 19:59 on the 27th: the earlier days are judged — CP-JF-01 had nothing on the 26th — but not the 27th yet.
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 27, 19, 59, 0, China));
        Assert.Equal(6 * Points.Length, await _judge.JudgeDueAsync(default));
        var missed26 = await _clearance.OutcomesAsync(Jan27.AddDays(-1), null, missedOnly: true, new(1, 10), default);
        Assert.Equal(["CP-JF-01"], missed26.Items.Select(o => o.SiteCode));
        Assert.Empty(await _clearance.JudgedAsync(Jan27, default));

        // 20:01: the cut-off has passed; CP-JF-02's loads are still on their way.
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 27, 20, 1, 0, China));
        Assert.Equal(Points.Length, await _judge.JudgeDueAsync(default));
        _time.SetUtcNow(new DateTimeOffset(2023, 1, 27, 21, 45, 0, China));
        await ImportAsync(lateLoads);
        Assert.Equal(0, await _judge.JudgeDueAsync(default));

        var rates = await _clearance.RatesAsync(Jan21, Jan27, "410802", default);
        Assert.Equal(7, rates.Count);
        Assert.Equal((2, 1, 0.5m), (rates[5].Due, rates[5].Cleared, rates[5].Rate));
        Assert.Equal((2, 1, 0.5m), (rates[6].Due, rates[6].Cleared, rates[6].Rate));
        Assert.All(await _clearance.RatesAsync(Jan21, Jan27, "410811", default), r => Assert.Equal(1m, r.Rate));
        var events = (await OutboxAsync()).OfType<DailyClearanceMissed>().OrderBy(e => e.Day).ToList();
        Assert.Equal([("CP-JF-01", Jan27.AddDays(-1)), ("CP-JF-02", Jan27)], events.Select(e => (e.SiteCode, e.Day)));
        Assert.Equal(new DateTimeOffset(2023, 1, 27, 20, 0, 0, China), events[1].ClearBy);
    }

    /// <summary>Every point twice a day (household, then kitchen or recyclable), except CP-JF-01 on the 26th; CP-JF-02 is late on the 27th.</summary>
    static IEnumerable<(string Ticket, WasteType Type, long Kg, string Point, DateTimeOffset At)> Week()
    {
        for (var day = Jan21; day <= Jan27; day = day.AddDays(1))
        {
            for (var p = 0; p < Points.Length; p++)
            {
                if (Points[p] == "CP-JF-01" && day == Jan27.AddDays(-1))
                {
                    continue;
                }

                var morning = new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 10 * p)), China);
                if (Points[p] == "CP-JF-02" && day == Jan27)
                {
                    morning = new DateTimeOffset(day.ToDateTime(new TimeOnly(21, 30)), China);
                }

                var n = day.DayNumber * 10 + p;
                yield return ($"WB-1/{n}A", WasteType.Household, 3000 + (n * 37 % 2500), Points[p], morning);
                yield return ($"WB-1/{n}B", p % 2 == 0 ? WasteType.Kitchen : WasteType.Recyclable, 400 + (n * 53 % 900), Points[p], morning.AddMinutes(5));
            }
        }
    }

    async Task ImportAsync(IEnumerable<(string Ticket, WasteType Type, long Kg, string Point, DateTimeOffset At)> loads)
    {
        var csv = new StringBuilder("ticket,wasteType,weightKg,siteCode,vehicleCode,destinationCode,crew,collectedAt\n");
        foreach (var (ticket, type, kg, point, at) in loads)
        {
            var destination = type == WasteType.Household ? "DS-WTE" : "TS-SY";
            csv.Append(CultureInfo.InvariantCulture, $"{ticket},{type},{kg},{point},V-01,{destination},crew-7;crew-8,{at:yyyy-MM-ddTHH:mm:sszzz}\n");
        }

        var errors = new ValidationErrors();
        var rows = CollectionCsv.Read(csv.ToString(), 50_000, errors);
        var records = await _intake.CheckAsync([.. rows.Select(r => ($"rows[{r.Line}].", r.Entry))], "import:lead-1", "lead-1", errors, default);
        Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {e.Value[0]}")));
        var outcome = await _intake.StoreAsync(records, default);
        Assert.Equal(records.Count, outcome.Stored.Count);
    }

    async Task RegisterAsync()
    {
        var at = new GeoPoint(113.24, 35.21);
        foreach (var point in Points)
        {
            var district = point.StartsWith("CP-SY", StringComparison.Ordinal) ? "410811" : "410802";
            await _facilities.SaveAsync(Facility.Register(point, new FacilityDetails(FacilityKind.CollectionPoint, $"{point} 收集点", district, at, null, BinType: "660L"), "lead-1", _time), default);
        }

        await _facilities.SaveAsync(Facility.Register("TS-SY", new FacilityDetails(FacilityKind.TransferStation, "山阳区中转站", "410811", at, null), "lead-1", _time), default);
        await _facilities.SaveAsync(Facility.Register("DS-WTE", new FacilityDetails(FacilityKind.DisposalSite, "焦作市生活垃圾焚烧发电厂", "410804", at, null, DisposalMethod: "焚烧发电"), "lead-1", _time), default);
        await _facilities.SaveAsync(Facility.Register("V-01", new FacilityDetails(FacilityKind.Vehicle, "压缩式垃圾车", "410811", null, null, "豫H·A1234", 8000), "lead-1", _time), default);
    }

    /// <summary>Every non-empty combination of the report's dimensions.</summary>
    static IEnumerable<TonnageDimension[]> Breakdowns()
    {
        var all = Enum.GetValues<TonnageDimension>();
        for (var mask = 1; mask < 1 << all.Length; mask++)
        {
            yield return [.. all.Where((_, i) => (mask & (1 << i)) != 0)];
        }
    }

    async Task<List<IIntegrationEvent>> OutboxAsync()
    {
        var messages = await _outbox.ClaimPendingAsync(10_000, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(1), default);
        await _outbox.ReleaseAsync(messages, default);
        return [.. messages.Select(m => (IIntegrationEvent)m.Deserialize())];
    }
}
