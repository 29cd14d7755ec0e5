using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>Step limits through the API: due instants on the case, 签收, and the extension maximum.</summary>
public class StepLimitsApiTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient ShiftLead => fixture.Factory.ClientFor("lead-1", Roles.ShiftLead);

    HttpClient Dispatcher => fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    HttpClient Sanitation => fixture.Factory.DepartmentClient("handler-sanitation", "sanitation");

    async Task<CaseView> DispatchedAsync(string officer)
    {
        var reported = await (await fixture.Officer(officer).PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0102"))).ReadAsync<CaseView>();
        var filed = await (await ShiftLead.PostAsJsonAsync($"/api/inspection/cases/{reported.Id}/file", new { urgency = "Urgent" })).ReadAsync<CaseView>();
        Assert.Equal(reported.ReportedAt.AddMinutes(10), filed.DispatchDeadline?.DueAt);
        return await (await Dispatcher.PostAsJsonAsync($"/api/inspection/cases/{reported.Id}/dispatch",
            new { departments = new[] { new { department = "sanitation" } } })).ReadAsync<CaseView>();
    }

    [Fact]
    public async Task Dispatch_uses_the_category_limit_for_the_urgency_and_a_department_acknowledges_once()
    {
        var dispatched = await DispatchedAsync("officer-steps-1");
        var assignment = dispatched.Assignments.Single();
        Assert.Equal("2 WorkingHours", assignment.HandlingLimit);
        Assert.Equal(assignment.DispatchedAt.AddHours(1), assignment.AcknowledgeDeadline?.DueAt);
        var published = await HarnessWaits.PublishedAsync<CaseDispatched>(fixture.Factory.Harness, e => e.CaseId == dispatched.Id);
        Assert.True(published.Context.Message.OnTime);

        var acknowledged = await Sanitation.PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/acknowledge", new { });
        var again = await Sanitation.PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/acknowledge", new { });
        var stranger = await fixture.Factory.DepartmentClient("handler-roads", "roads").PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/acknowledge", new { });

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.NotNull((await acknowledged.ReadAsync<CaseView>()).Assignments.Single().AcknowledgedAt);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        var ack = await HarnessWaits.PublishedAsync<CaseAcknowledged>(fixture.Factory.Harness, e => e.CaseId == dispatched.Id);
        Assert.Equal(("sanitation", (bool?)true), (ack.Context.Message.DepartmentCode, ack.Context.Message.OnTime));
    }

    [Theory]
    [InlineData("6 WorkingDays", "at most 5 WorkingDays")]
    [InlineData("3 Hours", "WorkingHours")]
    public async Task An_extension_past_the_maximum_or_in_another_kind_of_time_is_refused(string extraTime, string hint)
    {
        var dispatched = await DispatchedAsync($"officer-steps-{extraTime.Length}");

        var response = await Sanitation.PostAsJsonAsync($"/api/inspection/cases/{dispatched.Id}/extension-request", new { extraTime, reason = "垃圾量大" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(hint, (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("extraTime")[0].GetString(), StringComparison.Ordinal);
        Assert.Null((await (await Dispatcher.GetAsync($"/api/inspection/cases/{dispatched.Id}")).ReadAsync<CaseView>()).PendingRequest);
    }
}
