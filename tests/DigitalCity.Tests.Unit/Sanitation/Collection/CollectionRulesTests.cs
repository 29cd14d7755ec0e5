using DigitalCity.Contracts;
using DigitalCity.Sanitation.Clearance;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Sanitation.Collection;

public class CollectionRulesTests
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2023, 1, 22, 9, 0, 0, China));

    static readonly Dictionary<string, Facility> Registry = new[]
    {
        Facility.Register("CP-1", new FacilityDetails(FacilityKind.CollectionPoint, "民主路收集点", "410811", new GeoPoint(113.2, 35.2), null), "lead", Time),
        Facility.Register("V-1", new FacilityDetails(FacilityKind.Vehicle, "垃圾车", "410811", null, null, "豫H·A1234", 8000), "lead", Time),
        Facility.Register("DS-1", new FacilityDetails(FacilityKind.DisposalSite, "焚烧发电厂", "410804", new GeoPoint(113.3, 35.2), null, DisposalMethod: "焚烧发电"), "lead", Time),
    }.ToDictionary(f => f.Code);

    static CollectionRules Rules() =>
        new(Registry, new CollectionOptions(), new CityClock(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), Time), Time.GetUtcNow());

    static CollectionEntry Entry(long? kg = 5200, string site = "CP-1", string? vehicle = "V-1", string? destination = "DS-1", DateTimeOffset? at = null) =>
        new("WB/1", WasteType.Household, kg, site, vehicle, destination, ["crew-7"], at ?? new DateTimeOffset(2023, 1, 22, 0, 30, 0, China));

    [Fact]
    public void A_valid_entry_becomes_a_record_on_the_city_day_of_its_time()
    {
        var errors = new ValidationErrors();

        var record = Rules().Check(Entry(), "staff", "crew-7", errors);

        Assert.False(errors.Any);
        Assert.Equal(("410811", new DateOnly(2023, 1, 22), 5200L), (record!.DistrictCode, record.Day, record.WeightKg));
    }

    [Theory]
    [InlineData(8000L, true)]
    [InlineData(8001L, false)]
    [InlineData(0L, false)]
    [InlineData(-1L, false)]
    public void The_vehicles_load_ceiling_bounds_the_weight(long kg, bool accepted)
    {
        var errors = new ValidationErrors();

        Rules().Check(Entry(kg), "staff", "crew-7", errors);

        Assert.Equal(accepted, !errors.Any);
    }

    [Fact]
    public void Without_a_vehicle_the_configured_ceiling_applies()
    {
        var errors = new ValidationErrors();

        Rules().Check(Entry(39_000, vehicle: null), "staff", "crew-7", errors);
        Assert.False(errors.Any);
        Rules().Check(Entry(40_001, vehicle: null), "staff", "crew-7", errors, "rows[2].");

        Assert.Equal(["rows[2].weightKg"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Unknown_or_wrongly_kinded_facilities_and_future_times_are_named()
    {
        var errors = new ValidationErrors();

        Rules().Check(Entry(site: "V-1", vehicle: "CP-1", destination: "CP-9", at: Time.GetUtcNow().AddMinutes(6)), "staff", "crew-7", errors);

        Assert.Equal(["collectedAt", "destinationCode", "siteCode", "vehicleCode"], errors.ToDictionary().Keys.Order());
    }

    [Theory]
    [InlineData("生活垃圾", WasteType.Household)]
    [InlineData("其他垃圾", WasteType.Household)]
    [InlineData("厨余垃圾", WasteType.Kitchen)]
    [InlineData("recyclable", WasteType.Recyclable)]
    [InlineData(" Hazardous ", WasteType.Hazardous)]
    public void Waste_types_read_in_english_or_chinese(string text, WasteType expected)
    {
        Assert.True(WasteTypeNames.TryParse(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("垃圾")]
    [InlineData("")]
    public void Other_names_are_not_waste_types(string text) => Assert.False(WasteTypeNames.TryParse(text, out _));

    [Fact]
    public void A_clearance_rate_is_cleared_over_due()
    {
        Assert.Equal(0.6667m, ClearanceRate.Of(new DateOnly(2023, 1, 22), "410811", 3, 2).Rate);
        Assert.Null(ClearanceRate.Of(new DateOnly(2023, 1, 22), "410811", 0, 0).Rate);
    }

    [Fact]
    public void A_day_is_cleared_only_by_a_collection_at_or_before_its_cut_off()
    {
        var clearBy = new DateTimeOffset(2023, 1, 22, 20, 0, 0, China);
        ClearanceOutcome Outcome(DateTimeOffset? first) => new("CP-1", "民主路收集点", "410811", new DateOnly(2023, 1, 22), clearBy, first, clearBy);

        Assert.True(Outcome(clearBy).Cleared);
        Assert.False(Outcome(clearBy.AddSeconds(1)).Cleared);
        Assert.False(Outcome(null).Cleared);
        Assert.Equal(Outcome(null).ToEvent().EventId, Outcome(clearBy.AddHours(1)).ToEvent().EventId);
    }
}
