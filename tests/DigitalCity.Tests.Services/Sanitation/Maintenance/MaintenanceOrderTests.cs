using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Sanitation.Maintenance;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Maintenance;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation.Maintenance;

/// <summary>Facility maintenance work orders (维修工单): opened, done or cancelled, and seen only by their assignee among staff.</summary>
public class MaintenanceOrderTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    readonly HttpClient _supervisor = fixture.Supervisor;
    readonly HttpClient _crewA = fixture.Factory.ClientFor("crew-a", Roles.SanitationStaff);
    readonly HttpClient _crewB = fixture.Factory.ClientFor("crew-b", Roles.SanitationStaff);

    async Task<MaintenanceOrderView> OpenAsync(FacilityView facility, string assignee = "crew-a", object? dueAt = null, string priority = "High")
    {
        var response = await _supervisor.PostAsJsonAsync("/api/sanitation/maintenance-orders",
            new { facilityCode = facility.Code, description = "冲水阀损坏", photoRefs = new[] { "broken.jpg" }, priority, dueAt, assigneeId = assignee });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<MaintenanceOrderView>();
    }

    Task<FacilityView> Toilet(string district = "410802") => FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.PublicToilet, district: district);

    static async Task<List<Guid>> Ids(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/sanitation/maintenance-orders?pageSize=100&{query}")).ReadAsync<Page<MaintenanceOrderView>>()).Items.Select(o => o.Id)];

    [Fact]
    public async Task A_supervisor_opens_an_order_due_by_its_priority_and_it_is_announced()
    {
        var toilet = await Toilet();
        var before = DateTimeOffset.UtcNow;

        var order = await OpenAsync(toilet);

        Assert.Equal((MaintenanceStatus.Open, toilet.Code, FacilityKind.PublicToilet, "410802", "crew-a", "lead-1"),
            (order.Status, order.FacilityCode, order.FacilityKind, order.DistrictCode, order.AssigneeId, order.OpenedBy));
        Assert.InRange(order.DueAt, before.AddDays(1), DateTimeOffset.UtcNow.AddDays(1));
        var opened = await fixture.Factory.Harness.PublishedAsync<MaintenanceOrderOpened>(m => m.OrderId == order.Id);
        Assert.Equal(("High", "crew-a", toilet.Code), (opened.Context.Message.Priority, opened.Context.Message.AssigneeId, opened.Context.Message.FacilityCode));
    }

    [Fact]
    public async Task Staff_reporting_a_defect_open_an_order_assigned_to_themselves()
    {
        var vehicle = await FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.Vehicle);

        var own = await _crewA.PostAsJsonAsync("/api/sanitation/maintenance-orders", new { facilityCode = vehicle.Code, description = "门锁损坏", priority = "Low" });
        var other = await _crewA.PostAsJsonAsync("/api/sanitation/maintenance-orders", new { facilityCode = vehicle.Code, description = "门锁损坏", assigneeId = "crew-b" });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var order = await own.ReadAsync<MaintenanceOrderView>();
        Assert.Equal(("crew-a", "crew-a", FacilityKind.Vehicle), (order.AssigneeId, order.OpenedBy, order.FacilityKind));
        await (other).AssertNamesAsync("assigneeId");
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field()
    {
        var toilet = await Toilet();
        var retired = await Toilet();
        await FacilityRegistry.RetireAsync(_supervisor, retired);
        const string path = "/api/sanitation/maintenance-orders";

        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = "WC-UNKNOWN", description = "x", assigneeId = "crew-a" })).AssertNamesAsync("facilityCode");
        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = retired.Code, description = "x", assigneeId = "crew-a" })).AssertNamesAsync("facilityCode");
        await (await _supervisor.PostAsJsonAsync(path, new { description = "x", assigneeId = "crew-a" })).AssertNamesAsync("facilityCode");
        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = toilet.Code, description = "x", assigneeId = "crew-a", dueAt = DateTimeOffset.UtcNow.AddMinutes(-5) })).AssertNamesAsync("dueAt");
        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = toilet.Code, assigneeId = "crew-a" })).AssertNamesAsync("description");
        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = toilet.Code, description = "x" })).AssertNamesAsync("assigneeId");
        await (await _supervisor.PostAsJsonAsync(path, new { facilityCode = toilet.Code, description = "x", assigneeId = "crew-a", photoRefs = new[] { "../x.jpg" } })).AssertNamesAsync("photoRefs");
        var unknown = await _supervisor.PostAsync(path, JsonContent.Create(JsonSerializer.Deserialize<JsonElement>($$"""{"facilityCode":"{{toilet.Code}}","description":"x","assigneeId":"crew-a","colour":"red"}""")));
        await (unknown).AssertNamesAsync("$.colour");
        Assert.Equal(HttpStatusCode.BadRequest, (await _supervisor.PostAsJsonAsync(path, new { facilityCode = toilet.Code, description = "x", assigneeId = "crew-a", priority = "Whenever" })).StatusCode);
    }

    [Fact]
    public async Task One_staff_member_cannot_read_or_complete_anothers_order()
    {
        var order = await OpenAsync(await Toilet());

        Assert.Equal(HttpStatusCode.NotFound, (await _crewB.GetAsync($"/api/sanitation/maintenance-orders/{order.Id}")).StatusCode);
        var completion = await _crewB.PostAsJsonAsync($"/api/sanitation/maintenance-orders/{order.Id}/complete", new { version = order.Version, result = "x" });
        Assert.Equal(HttpStatusCode.NotFound, completion.StatusCode);
        Assert.DoesNotContain(order.Id, await Ids(_crewB, ""));
        Assert.Contains(order.Id, await Ids(_crewA, ""));
        Assert.Contains(order.Id, await Ids(_supervisor, ""));
        Assert.Contains(order.Id, await Ids(fixture.Factory.ClientFor("operator-1", Roles.Operator), ""));
        Assert.Equal(HttpStatusCode.OK, (await _crewA.GetAsync($"/api/sanitation/maintenance-orders/{order.Id}")).StatusCode);
        Assert.Equal(MaintenanceStatus.Open, (await (await _supervisor.GetAsync($"/api/sanitation/maintenance-orders/{order.Id}")).ReadAsync<MaintenanceOrderView>()).Status);
    }

    [Fact]
    public async Task The_assignee_completes_it_once_with_the_version_read()
    {
        var order = await OpenAsync(await Toilet());
        var path = $"/api/sanitation/maintenance-orders/{order.Id}/complete";

        var stale = await _crewA.PostAsJsonAsync(path, new { version = order.Version + 1, result = "已更换冲水阀" });
        var done = await _crewA.PostAsJsonAsync(path, new { version = order.Version, result = "已更换冲水阀", photoRefs = new[] { "fixed.jpg" } });
        var again = await _crewA.PostAsJsonAsync(path, new { version = order.Version + 1, result = "again" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var view = await done.ReadAsync<MaintenanceOrderView>();
        Assert.Equal((MaintenanceStatus.Done, "crew-a", "已更换冲水阀"), (view.Status, view.CompletedBy, view.Result));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Done", (await again.ReadJsonAsync()).GetProperty("currentState").GetString());
        var completed = await fixture.Factory.Harness.PublishedAsync<MaintenanceOrderCompleted>(m => m.OrderId == order.Id);
        Assert.Equal(["fixed.jpg"], completed.Context.Message.PhotoRefs);
        await (await _crewA.PostAsJsonAsync(path, new { result = "x" })).AssertNamesAsync("version");
    }

    [Fact]
    public async Task A_supervisor_cancels_an_open_order_with_the_reason_and_staff_cannot()
    {
        var order = await OpenAsync(await Toilet());
        var path = $"/api/sanitation/maintenance-orders/{order.Id}/cancel";

        Assert.Equal(HttpStatusCode.Forbidden, (await _crewA.PostAsJsonAsync(path, new { version = order.Version, reason = "x" })).StatusCode);
        await (await _supervisor.PostAsJsonAsync(path, new { version = order.Version })).AssertNamesAsync("reason");
        var cancelled = await _supervisor.PostAsJsonAsync(path, new { version = order.Version, reason = "重复报修" });
        var complete = await _crewA.PostAsJsonAsync($"/api/sanitation/maintenance-orders/{order.Id}/complete", new { version = order.Version + 1, result = "x" });

        Assert.Equal(MaintenanceStatus.Cancelled, (await cancelled.ReadAsync<MaintenanceOrderView>()).Status);
        Assert.Equal("Cancelled", (await complete.ReadJsonAsync()).GetProperty("currentState").GetString());
        var published = await fixture.Factory.Harness.PublishedAsync<MaintenanceOrderCancelled>(m => m.OrderId == order.Id);
        Assert.Equal(("重复报修", "lead-1"), (published.Context.Message.Reason, published.Context.Message.CancelledBy));
    }

    [Fact]
    public async Task Lists_filter_by_status_facility_and_district()
    {
        var here = await Toilet("410811");
        var there = await Toilet("410803");
        var open = await OpenAsync(here);
        var elsewhere = await OpenAsync(there, "crew-b");
        var done = await OpenAsync(here);
        await _crewA.PostAsJsonAsync($"/api/sanitation/maintenance-orders/{done.Id}/complete", new { version = done.Version, result = "ok" });

        Assert.Equal(new[] { open.Id, done.Id }.Order(), (await Ids(_supervisor, $"facility={here.Code}")).Order());
        Assert.Equal([open.Id], await Ids(_supervisor, $"facility={here.Code}&status=Open"));
        Assert.Contains(elsewhere.Id, await Ids(_supervisor, "district=410803"));
        Assert.DoesNotContain(open.Id, await Ids(_supervisor, "district=410803"));
        Assert.DoesNotContain(open.Id, await Ids(_supervisor, "overdue=true"));
        await (await _supervisor.GetAsync("/api/sanitation/maintenance-orders?district=41")).AssertNamesAsync("district");
        await (await _supervisor.GetAsync("/api/sanitation/maintenance-orders?pageSize=1000")).AssertNamesAsync("pageSize");
    }

    [Fact]
    public async Task Anonymous_callers_are_401_and_other_roles_403()
    {
        var anonymous = fixture.Factory.CreateClient();
        var officer = fixture.Factory.ClientFor("officer-1", Roles.GridOfficer);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/sanitation/maintenance-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/sanitation/maintenance-orders", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/sanitation/maintenance-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/sanitation/maintenance-orders", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("sensor-platform", Roles.ExternalSystem).PostAsJsonAsync($"/api/sanitation/maintenance-orders/{Guid.NewGuid()}/complete", new { })).StatusCode);
    }
}
