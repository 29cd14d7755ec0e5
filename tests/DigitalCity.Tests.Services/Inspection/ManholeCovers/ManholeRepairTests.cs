using System.Net;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.ManholeCovers.ManholeApi;

namespace DigitalCity.Tests.Services.Inspection.ManholeCovers;

/// <summary>Repair tracking over the API: assign, start, complete, verify or reject, and who may do each.</summary>
public class ManholeRepairTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task A_repair_is_assigned_started_completed_rejected_and_verified_with_its_events()
    {
        var cover = await fixture.RegisterAsync();
        var defect = await fixture.ReportAsync(cover.Code);

        var assigned = await Ok(fixture.Dispatcher().StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(4) }));
        var started = await Ok(fixture.MaintainerHandler().StepAsync(defect, "start"));
        var repaired = await Ok(fixture.MaintainerHandler().StepAsync(defect, "complete", new { note = "更换井盖", photoRefs = new[] { "after.jpg" } }));
        var rejected = await Ok(fixture.Inspector().StepAsync(defect, "reject", new { reason = "仍有异响" }));
        await Ok(fixture.MaintainerHandler().StepAsync(defect, "complete", new { photoRefs = new[] { "after2.jpg" } }));
        var verified = await Ok(fixture.Officer("officer-recheck").StepAsync(defect, "verify", new { note = "已整改" }));

        Assert.Equal((DefectStatus.Assigned, CoverState.Defective), (assigned.Status, assigned.CoverState));
        Assert.Equal((DefectStatus.InRepair, CoverState.UnderRepair), (started.Status, started.CoverState));
        Assert.Equal(DefectStatus.Repaired, repaired.Status);
        Assert.Equal((DefectStatus.InRepair, 2), (rejected.Status, rejected.Round));
        Assert.Equal((DefectStatus.Verified, CoverState.Good), (verified.Status, verified.CoverState));
        var harness = fixture.Factory.Harness;
        Assert.Equal(Maintainer, (await harness.PublishedAsync<ManholeRepairAssigned>(e => e.DefectId == defect.Id)).Context.Message.MaintainerCode);
        await harness.PublishedAsync<ManholeRepairStarted>(e => e.DefectId == defect.Id);
        await harness.PublishedAsync<ManholeRepaired>(e => e.DefectId == defect.Id && e.Round == 2);
        Assert.Equal("仍有异响", (await harness.PublishedAsync<ManholeRepairRejected>(e => e.DefectId == defect.Id)).Context.Message.Reason);
        Assert.Equal("Good", (await harness.PublishedAsync<ManholeRepairVerified>(e => e.DefectId == defect.Id)).Context.Message.CoverState);
    }

    [Fact]
    public async Task Steps_out_of_order_are_409_problems()
    {
        var cover = await fixture.RegisterAsync();
        var defect = await fixture.ReportAsync(cover.Code);

        var startUnassigned = await fixture.MaintainerHandler().StepAsync(defect, "start");
        var verifyUnrepaired = await fixture.Inspector().StepAsync(defect, "verify");
        await Ok(fixture.Dispatcher().StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(4) }));
        var completeUnstarted = await fixture.MaintainerHandler().StepAsync(defect, "complete", new { photoRefs = new[] { "after.jpg" } });

        foreach (var response in new[] { startUnassigned, verifyUnrepaired, completeUnstarted })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        Assert.Equal("Assigned", (await completeUnstarted.ReadJsonAsync()).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Another_department_is_403_and_wrong_roles_are_403()
    {
        var cover = await fixture.RegisterAsync();
        var defect = await fixture.ReportAsync(cover.Code);
        await Ok(fixture.Dispatcher().StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(4) }));

        var otherDepartment = await fixture.Factory.DepartmentClient("handler-gas", "gas-company").StepAsync(defect, "start");
        var inspectorAssigns = await fixture.Inspector().StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(4) });
        var dispatcherStarts = await fixture.Dispatcher().StepAsync(defect, "start");
        var handlerVerifies = await fixture.MaintainerHandler().StepAsync(defect, "verify");

        Assert.Equal(HttpStatusCode.Forbidden, otherDepartment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inspectorAssigns.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, dispatcherStarts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerVerifies.StatusCode);
    }

    [Fact]
    public async Task Bad_step_bodies_are_400_and_an_unknown_defect_404()
    {
        var cover = await fixture.RegisterAsync();
        var defect = await fixture.ReportAsync(cover.Code);
        var manager = fixture.Factory.ClientFor("manager-2", Roles.CampaignManager);

        await ManholeRegistryTests.AssertProblemOn(await manager.StepAsync(defect, "assign", new { }), "dueAt");
        await ManholeRegistryTests.AssertProblemOn(await manager.StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(-1) }), "dueAt");
        await Ok(manager.StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(4) }));
        await Ok(fixture.MaintainerHandler().StepAsync(defect, "start"));
        await ManholeRegistryTests.AssertProblemOn(await fixture.MaintainerHandler().StepAsync(defect, "complete", new { }), "photoRefs");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.MaintainerHandler().StepAsync(defect with { Id = Guid.NewGuid() }, "start")).StatusCode);
    }
}
