using System.Net.Http.Json;
using DigitalCity.Contracts.Sanitation.Maintenance;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Maintenance;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Sanitation.Maintenance;

/// <summary>The overdue sweep flags an open work order past due once, on a fake clock, and reports itself in /health/ready.</summary>
public class MaintenanceSweepTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    [Fact]
    public async Task An_open_order_past_due_is_flagged_overdue_and_announced_exactly_once()
    {
        var supervisor = fixture.Supervisor;
        var station = await FacilityRegistry.RegisterAsync(supervisor, FacilityKind.TransferStation);
        var dueAt = DateTimeOffset.UtcNow.AddHours(1);
        var order = await (await supervisor.PostAsJsonAsync("/api/sanitation/maintenance-orders",
            new { facilityCode = station.Code, description = "压缩机漏油", priority = "Urgent", dueAt, assigneeId = "crew-a" })).ReadAsync<MaintenanceOrderView>();
        var done = await (await supervisor.PostAsJsonAsync("/api/sanitation/maintenance-orders",
            new { facilityCode = station.Code, description = "照明损坏", dueAt, assigneeId = "crew-a" })).ReadAsync<MaintenanceOrderView>();
        await supervisor.PostAsJsonAsync($"/api/sanitation/maintenance-orders/{done.Id}/complete", new { version = done.Version, result = "已修复" });
        // The service's own sweep runs on the real clock; this one runs the same code on a fake clock.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweep = new MaintenanceSweep(fixture.Factory.Services.GetRequiredService<IMaintenanceOrderStore>(), new MaintenanceOptions(), time, NullLogger<MaintenanceSweep>.Instance);

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await sweep.SweepOnceAsync(default));
        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await sweep.SweepOnceAsync(default));
        Assert.Equal(0, await sweep.SweepOnceAsync(default));

        var harness = fixture.Factory.Harness;
        var overdue = await harness.PublishedAsync<MaintenanceOrderOverdue>(m => m.OrderId == order.Id);
        Assert.Equal((station.Code, "crew-a"), (overdue.Context.Message.FacilityCode, overdue.Context.Message.AssigneeId));
        Assert.Single(harness.PublishedNow<MaintenanceOrderOverdue>(m => m.OrderId == order.Id));
        Assert.Empty(harness.PublishedNow<MaintenanceOrderOverdue>(m => m.OrderId == done.Id));
        var view = await (await supervisor.GetAsync($"/api/sanitation/maintenance-orders/{order.Id}")).ReadAsync<MaintenanceOrderView>();
        Assert.Equal((true, MaintenanceStatus.Open), (view.Overdue, view.Status));
        var red = await (await supervisor.GetAsync($"/api/sanitation/maintenance-orders?overdue=true&facility={station.Code}")).ReadAsync<Page<MaintenanceOrderView>>();
        Assert.Equal([order.Id], red.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task Ready_reports_the_maintenance_sweeps_last_pass()
    {
        var sweep = await Eventually.ReturnsAsync(
            async () => (await (await fixture.Factory.CreateClient().GetAsync("/health/ready")).ReadJsonAsync())
                .GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "maintenance-sweep"),
            check => check.GetProperty("description").GetString()!.StartsWith("Last pass finished at", StringComparison.Ordinal));

        Assert.Equal("Healthy", sweep.GetProperty("status").GetString());
    }
}
