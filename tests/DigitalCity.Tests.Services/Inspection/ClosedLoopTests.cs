using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>The closed loop through the API, each step by its own role (domain §3).</summary>
public class ClosedLoopTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient Operator => fixture.Factory.ClientFor("operator-1", Roles.Operator);

    HttpClient ShiftLead => fixture.Factory.ClientFor("lead-1", Roles.ShiftLead);

    HttpClient Dispatcher => fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    HttpClient Sanitation => fixture.Factory.DepartmentClient("handler-sanitation", "sanitation");

    HttpClient Roads => fixture.Factory.DepartmentClient("handler-roads", "roads");

    async Task<CaseView> ReportAsync(string officer)
    {
        var response = await fixture.Officer(officer).PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0104"));
        return await response.ReadAsync<CaseView>();
    }

    static async Task<CaseView> StepAsync(HttpClient client, Guid caseId, string step, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/inspection/cases/{caseId}/{step}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<CaseView>();
    }

    static async Task<HttpResponseMessage> TryStepAsync(HttpClient client, Guid caseId, string step, object? body = null) =>
        await client.PostAsJsonAsync($"/api/inspection/cases/{caseId}/{step}", body ?? new { });

    [Fact]
    public async Task A_case_walks_verification_filing_dispatch_return_extension_suspension_rework_and_closing()
    {
        var reported = await ReportAsync("officer-loop");
        var id = reported.Id;

        Assert.Equal(CaseStatus.Verifying, (await StepAsync(Operator, id, "verification-request", new { officerId = "officer-loop" })).Status);
        Assert.Equal(CaseStatus.Reported, (await StepAsync(fixture.Officer("officer-loop"), id, "verification", new { confirmed = true, comment = "属实" })).Status);
        Assert.Equal(Urgency.Urgent, (await StepAsync(ShiftLead, id, "file", new { urgency = "Urgent" })).Urgency);

        var dispatched = await StepAsync(Dispatcher, id, "dispatch", new
        {
            departments = new[] { new { department = "sanitation", handlingLimit = "2 WorkingHours" }, new { department = "roads", handlingLimit = "1 WorkingDays" } },
        });
        Assert.Equal(CaseStatus.Dispatched, dispatched.Status);
        Assert.Equal(["sanitation", "roads"], dispatched.Assignments.Select(a => a.DepartmentCode));
        Assert.All(dispatched.Assignments, a => Assert.True(a.DueAt > a.DispatchedAt));

        await StepAsync(Roads, id, "return-request", new { reason = "不属于道路部门" });
        var second = await TryStepAsync(Sanitation, id, "suspension-request", new { reason = "等待施工" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var returned = await StepAsync(Dispatcher, id, "request/approve");
        Assert.Equal(AssignmentStatus.Returned, returned.Assignments.Single(a => a.DepartmentCode == "roads").Status);
        Assert.Equal(CaseStatus.Dispatched, returned.Status);

        var dueBefore = returned.Assignments.Single(a => a.DepartmentCode == "sanitation").DueAt;
        await StepAsync(Sanitation, id, "extension-request", new { extraTime = "2 WorkingHours", reason = "垃圾量大" });
        var extended = await StepAsync(Dispatcher, id, "request/approve");
        Assert.True(extended.Assignments.Single(a => a.DepartmentCode == "sanitation").DueAt > dueBefore);

        await StepAsync(Sanitation, id, "suspension-request", new { reason = "等待施工" });
        Assert.Equal(CaseStatus.Suspended, (await StepAsync(Dispatcher, id, "request/approve")).Status);
        var resumed = await StepAsync(Dispatcher, id, "resume");
        Assert.Equal(CaseStatus.Dispatched, resumed.Status);
        Assert.NotNull(Assert.Single(resumed.Suspensions).To);

        Assert.Equal(CaseStatus.Handled, (await StepAsync(Sanitation, id, "handled", new { result = "已清扫", photoRefs = new[] { "after-1.jpg" } })).Status);
        await StepAsync(Operator, id, "recheck-request", new { officerId = "officer-recheck" });
        var rework = await StepAsync(fixture.Officer("officer-recheck"), id, "recheck", new { passed = false, comment = "仍有垃圾" });
        Assert.Equal(CaseStatus.Dispatched, rework.Status);
        Assert.Equal(1, rework.ReworkCount);

        await StepAsync(Sanitation, id, "handled", new { result = "已彻底清扫", photoRefs = new[] { "after-2.jpg" } });
        await StepAsync(Operator, id, "recheck-request", new { officerId = "officer-recheck" });
        Assert.Equal(CaseStatus.Checking, (await StepAsync(fixture.Officer("officer-recheck"), id, "recheck", new { passed = true })).Status);
        var closed = await StepAsync(ShiftLead, id, "close");

        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(
            ["report", "request-verification", "verify", "file", "dispatch", "request-return", "return", "request-extension", "extend",
             "request-suspension", "suspend", "resume", "handle", "request-recheck", "recheck", "rework", "handle", "request-recheck", "recheck", "close"],
            closed.History.Select(h => h.Action));
        var harness = fixture.Factory.Harness;
        await harness.PublishedAsync<CaseClosed>(e => e.CaseId == id);
        Assert.Single(harness.PublishedNow<CaseReworkOrdered>(e => e.CaseId == id));
        Assert.Single(harness.PublishedNow<CaseReturned>(e => e.CaseId == id));
        Assert.Single(harness.PublishedNow<CaseExtended>(e => e.CaseId == id));
        Assert.Single(harness.PublishedNow<CaseSuspended>(e => e.CaseId == id));
        Assert.Equal(2, harness.PublishedNow<CaseRechecked>(e => e.CaseId == id).Count);
    }

    [Fact]
    public async Task Voiding_is_asked_by_the_dispatcher_and_decided_by_the_shift_lead_only()
    {
        var id = (await ReportAsync("officer-void")).Id;
        await StepAsync(ShiftLead, id, "file");
        await StepAsync(Dispatcher, id, "void-request", new { reason = "重复上报" });

        var byDispatcher = await TryStepAsync(Dispatcher, id, "request/approve");
        var voided = await StepAsync(ShiftLead, id, "request/approve");

        Assert.Equal(HttpStatusCode.Forbidden, byDispatcher.StatusCode);
        Assert.Equal(CaseStatus.Voided, voided.Status);
    }

    [Fact]
    public async Task A_self_handled_case_is_closed_after_review_and_a_rejected_one_goes_no_further()
    {
        var selfHandled = (await ReportAsync("officer-self")).Id;
        await StepAsync(fixture.Officer("officer-self"), selfHandled, "self-handle", new { result = "已当场清理", photoRefs = new[] { "done.jpg" } });
        Assert.Equal(CaseStatus.Closed, (await StepAsync(ShiftLead, selfHandled, "close")).Status);

        var rejected = (await ReportAsync("officer-reject")).Id;
        await StepAsync(Operator, rejected, "reject", new { reason = "不属于城管范围" });
        var file = await TryStepAsync(ShiftLead, rejected, "file");

        Assert.Equal(HttpStatusCode.Conflict, file.StatusCode);
        Assert.Equal("Rejected", (await file.ReadJsonAsync()).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Each_step_belongs_to_its_role_and_to_the_people_and_departments_named_on_the_case()
    {
        var id = (await ReportAsync("officer-roles")).Id;

        Assert.Equal(HttpStatusCode.Forbidden, (await TryStepAsync(fixture.Officer("officer-roles"), id, "file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TryStepAsync(Dispatcher, id, "reject", new { reason = "x" })).StatusCode);
        await StepAsync(Operator, id, "verification-request", new { officerId = "officer-roles" });
        Assert.Equal(HttpStatusCode.Forbidden, (await TryStepAsync(fixture.Officer("officer-other"), id, "verification", new { confirmed = true })).StatusCode);
        await StepAsync(fixture.Officer("officer-roles"), id, "verification", new { confirmed = true });
        await StepAsync(ShiftLead, id, "file");
        await StepAsync(Dispatcher, id, "dispatch", new { departments = new[] { new { department = "sanitation", handlingLimit = "4 WorkingHours" } } });

        Assert.Equal(HttpStatusCode.Forbidden, (await TryStepAsync(Roads, id, "handled", new { result = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Roads.GetAsync($"/api/inspection/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Sanitation.GetAsync($"/api/inspection/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TryStepAsync(fixture.Factory.ClientFor("handler-x", Roles.DepartmentHandler), id, "handled", new { result = "x" })).StatusCode);
        var close = await TryStepAsync(ShiftLead, id, "close");
        Assert.Equal(HttpStatusCode.Conflict, close.StatusCode);
        Assert.Equal("Dispatched", (await close.ReadJsonAsync()).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Bad_step_input_is_400_naming_the_field()
    {
        var id = (await ReportAsync("officer-input")).Id;
        await StepAsync(ShiftLead, id, "file");

        var badLimit = await TryStepAsync(Dispatcher, id, "dispatch", new { departments = new[] { new { department = "sanitation", handlingLimit = "4 Fortnights" } } });
        var noReason = await TryStepAsync(Dispatcher, id, "void-request", new { reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.True((await badLimit.ReadJsonAsync()).GetProperty("errors").TryGetProperty("departments[0].handlingLimit", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task A_department_lists_the_cases_dispatched_to_it()
    {
        var id = (await ReportAsync("officer-list")).Id;
        await StepAsync(ShiftLead, id, "file");
        await StepAsync(Dispatcher, id, "dispatch", new { departments = new[] { new { department = "greening", handlingLimit = "1 WorkingDays" } } });

        var greening = await (await fixture.Factory.DepartmentClient("handler-greening", "greening").GetAsync("/api/inspection/cases")).ReadAsync<DigitalCity.ServiceDefaults.Domain.Page<CaseView>>();
        var roads = await (await Roads.GetAsync("/api/inspection/cases?pageSize=100")).ReadAsync<DigitalCity.ServiceDefaults.Domain.Page<CaseView>>();

        Assert.Equal([id], greening.Items.Select(c => c.Id));
        Assert.DoesNotContain(roads.Items, c => c.Id == id);
    }
}
