using System.Net;
using System.Net.Http.Json;
using System.Text;
using DigitalCity.Contracts.Sanitation.Collection;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Sanitation.Facilities;
using DigitalCity.Tests.Services.Support;
using MassTransit;
using MassTransit.Testing;

namespace DigitalCity.Tests.Services.Sanitation.Collection;

/// <summary>
/// Collection records through each channel — typed, imported, weighed — checked against the registry and
/// counted once per ticket, and the tonnage report over them.
/// </summary>
public class CollectionIntakeTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);

    readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    string Point => $"CP-{_suffix}";

    string Truck => $"V-{_suffix}";

    string Plant => $"DS-{_suffix}";

    async Task RegisterAsync()
    {
        await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", FacilityRegistryTests.Point(Point));
        await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", FacilityRegistryTests.Vehicle(Truck, maxLoadKg: 8000));
        var plant = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", new
        {
            code = Plant,
            kind = "DisposalSite",
            name = "焦作市生活垃圾焚烧发电厂",
            districtCode = "410804",
            location = new { longitude = 113.30, latitude = 35.25 },
            disposalMethod = "焚烧发电",
        });
        Assert.Equal(HttpStatusCode.Created, plant.StatusCode);
        var route = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/routes/R-{_suffix}",
            new { name = "民主路线", districtCode = "410811", facilityCodes = new[] { Point }, crew = new[] { "crew-7", "crew-8" } });
        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
    }

    object Load(long weightKg, string? site = null, string? vehicle = null, DateTimeOffset? at = null) => new
    {
        wasteType = "Household",
        weightKg,
        siteCode = site ?? Point,
        vehicleCode = vehicle ?? Truck,
        destinationCode = Plant,
        crew = new[] { "crew-7", "crew-8" },
        collectedAt = at ?? Yesterday,
    };

    async Task<HttpResponseMessage> RecordAsync(object load, string key, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sanitation/collections") { Content = JsonContent.Create(load) };
        request.Headers.Add("Idempotency-Key", key);
        return await (client ?? fixture.Staff).SendAsync(request);
    }

    async Task<HttpResponseMessage> ImportAsync(string csv) =>
        await fixture.Supervisor.PostAsync("/api/sanitation/collections/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    async Task<TonnageReport> TonnageAsync(string query) =>
        await (await fixture.Staff.GetAsync($"/api/sanitation/tonnage?{query}&site={Point}")).ReadAsync<TonnageReport>();

    static string Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_load_is_recorded_once_per_Idempotency_Key_and_raises_WasteCollected()
    {
        await RegisterAsync();

        var first = await RecordAsync(Load(5200), "load-1");
        var retry = await RecordAsync(Load(5200), "load-1");
        var reused = await RecordAsync(Load(5300), "load-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (first.StatusCode, retry.StatusCode, reused.StatusCode));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var record = await first.ReadAsync<CollectionView>();
        Assert.Equal((5200L, 5.2m, "410811", Plant), (record.WeightKg, record.WeightTonnes, record.DistrictCode, record.DestinationCode));
        Assert.Equal(record.Id, (await retry.ReadAsync<CollectionView>()).Id);
        var collected = await fixture.Factory.Harness.PublishedAsync<WasteCollected>(m => m.SiteCode == Point);
        Assert.Equal((record.Id, 5200L, "Household"), (collected.Context.Message.RecordId, collected.Context.Message.WeightKg, collected.Context.Message.WasteType));
        var report = await TonnageAsync($"from={Day(Yesterday)}&to={Day(Yesterday)}");
        Assert.Equal((5200L, 1L), (report.TotalKg, report.Records));
    }

    [Fact]
    public async Task Staff_record_only_on_the_routes_they_crew_and_see_only_those_routes()
    {
        await RegisterAsync();
        using var otherCrew = fixture.Factory.ClientFor("crew-9", Roles.SanitationStaff);

        var elsewhere = await RecordAsync(Load(900), "route-1", otherCrew);
        var bySupervisor = await RecordAsync(Load(900), "route-2", fixture.Supervisor);
        var own = await (await fixture.Staff.GetAsync("/api/sanitation/routes?pageSize=100")).ReadAsync<Page<DigitalCity.Sanitation.Routes.RouteView>>();
        var others = await (await otherCrew.GetAsync("/api/sanitation/routes")).ReadAsync<Page<DigitalCity.Sanitation.Routes.RouteView>>();

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Created), (elsewhere.StatusCode, bySupervisor.StatusCode));
        Assert.Contains(own.Items, r => r.Code == $"R-{_suffix}");
        Assert.DoesNotContain(others.Items, r => r.Code == $"R-{_suffix}");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCrew.GetAsync($"/api/sanitation/routes/R-{_suffix}")).StatusCode);
        var stale = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/routes/R-{_suffix}",
            new { name = "民主路线", districtCode = "410811", facilityCodes = new[] { Point }, crew = new[] { "crew-9" } });
        var unknown = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/routes/R2-{_suffix}",
            new { name = "x", districtCode = "410811", facilityCodes = new[] { Point, Truck }, crew = new[] { "crew-9" } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await AssertFieldAsync(unknown, "facilityCodes[1]", "collection point or transfer station");
    }

    [Fact]
    public async Task A_load_is_refused_for_an_unknown_point_an_absurd_weight_or_a_future_time()
    {
        await RegisterAsync();

        var unknown = await RecordAsync(Load(100, site: "CP-NOWHERE"), "bad-1");
        var tooHeavy = await RecordAsync(Load(8001), "bad-2");
        var negative = await RecordAsync(Load(-5), "bad-3");
        var future = await RecordAsync(Load(100, at: DateTimeOffset.UtcNow.AddHours(2)), "bad-4");
        var notAPoint = await RecordAsync(Load(100, site: Truck), "bad-5");
        using var noKey = new HttpRequestMessage(HttpMethod.Post, "/api/sanitation/collections") { Content = JsonContent.Create(Load(100)) };

        await AssertFieldAsync(unknown, "siteCode", "not a registered");
        await AssertFieldAsync(tooHeavy, "weightKg", "8000");
        await AssertFieldAsync(negative, "weightKg", "from 1");
        await AssertFieldAsync(future, "collectedAt", "future");
        await AssertFieldAsync(notAPoint, "siteCode", "is a Vehicle");
        await AssertFieldAsync(await fixture.Staff.SendAsync(noKey), "ticket", "Idempotency-Key");
        Assert.Equal(0L, (await TonnageAsync($"from={Day(Yesterday.AddDays(-1))}&to={Day(DateTimeOffset.UtcNow.AddDays(1))}")).TotalKg);
    }

    [Fact]
    public async Task An_import_is_all_or_nothing_and_a_file_sent_twice_adds_nothing()
    {
        await RegisterAsync();
        var at = Yesterday.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz");
        var good = $"""
            ticket,wasteType,weightKg,siteCode,vehicleCode,destinationCode,crew,collectedAt
            WB-{_suffix}/1,生活垃圾,5200,{Point},{Truck},{Plant},crew-7;crew-8,{at}
            WB-{_suffix}/2,厨余垃圾,1300,{Point},{Truck},,crew-7,{at}
            WB-{_suffix}/3,Recyclable,450,{Point},,,,{at}
            """;
        var bad = good + $"\nWB-{_suffix}/4,垃圾,abc,{Point},{Truck},,,yesterday\nWB-{_suffix}/5,Household,9000,{Point},{Truck},,,{at}";

        var refused = await ImportAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal([5, 6], problem.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()));
        foreach (var field in new[] { "rows[5].wasteType", "rows[5].weightKg", "rows[5].collectedAt", "rows[6].weightKg" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected {field}");
        }

        Assert.Equal(0L, (await TonnageAsync($"from={Day(Yesterday)}&to={Day(Yesterday)}")).TotalKg);
        var imported = await (await ImportAsync(good)).ReadAsync<ImportCollections.Response>();
        var again = await (await ImportAsync(good)).ReadAsync<ImportCollections.Response>();

        Assert.Equal((3, 3, 0, 6950L), (imported.Rows, imported.Imported, imported.Duplicates, imported.ImportedKg));
        Assert.Equal((3, 0, 3, 0L), (again.Rows, again.Imported, again.Duplicates, again.ImportedKg));
        var byType = await TonnageAsync($"from={Day(Yesterday)}&to={Day(Yesterday)}&by=wasteType");
        Assert.Equal([(WasteType.Household, 5200L), (WasteType.Kitchen, 1300L), (WasteType.Recyclable, 450L)],
            byType.Rows.Select(r => (r.WasteType!.Value, r.WeightKg)));
        Assert.Equal(6950L, byType.TotalKg);
    }

    [Fact]
    public async Task A_weighbridge_ticket_is_recorded_once_and_a_refused_one_faults_with_its_reason()
    {
        await RegisterAsync();
        var harness = fixture.Factory.Harness;
        var ticket = new WeighbridgeTicketRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, $"WB-{_suffix}", "000917", "厨余垃圾", 2100, Point, Truck, Plant, Yesterday);
        var refused = ticket with { EventId = Guid.NewGuid(), TicketNumber = "000918", SiteCode = "CP-NOWHERE" };

        await harness.Bus.Publish(ticket);
        await harness.Bus.Publish(ticket with { EventId = Guid.NewGuid() });
        await harness.Bus.Publish(refused);

        var fault = await harness.PublishedAsync<Fault<WeighbridgeTicketRecorded>>(f => f.Message.TicketNumber == "000918" && f.Message.WeighbridgeCode == ticket.WeighbridgeCode);
        Assert.Contains("siteCode", fault.Context.Message.Exceptions.Single().Message, StringComparison.Ordinal);
        Assert.True(await harness.Consumed.Any<WeighbridgeTicketRecorded>(m => m.Context.Message.TicketNumber == "000917"));
        var report = await Eventually.ReturnsAsync(() => TonnageAsync($"from={Day(Yesterday)}&to={Day(Yesterday)}"), r => r.Records > 0);
        await harness.ConsumedAsync<WeighbridgeTicketRecorded>(m => m.TicketNumber == "000917", count: 2);
        report = await TonnageAsync($"from={Day(Yesterday)}&to={Day(Yesterday)}");
        Assert.Equal((2100L, 1L), (report.TotalKg, report.Records));
    }

    [Fact]
    public async Task Reports_and_lists_validate_their_questions_and_other_roles_are_refused()
    {
        var staff = fixture.Staff;

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/tonnage?from=2023-01-27&to=2023-01-21")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/tonnage?from=2023-01-21&to=2023-01-27&by=colour")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/collections?from=2023-01-21")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/tonnage?from=2023-01-21&to=2023-01-27&district=41")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/clearance?from=2023-01-21&to=2023-01-27&district=山阳区")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/sanitation/routes?district=4108")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/sanitation/collections?from=2023-01-21&to=2023-01-27")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/sanitation/collections/import", new StringContent("x", Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/collections/import", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("gov", Roles.GridOfficer).GetAsync("/api/sanitation/tonnage?from=2023-01-21&to=2023-01-27")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync("/api/sanitation/tonnage?from=2023-01-21&to=2023-01-27")).StatusCode);
    }

    static async Task AssertFieldAsync(HttpResponseMessage response, string field, string says)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"expected an error for {field}: {errors}");
        Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
    }
}
