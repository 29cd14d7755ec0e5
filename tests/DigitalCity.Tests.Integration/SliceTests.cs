using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Tests.Integration;

/// <summary>
/// The closed loop with the sanitation department, driven through the gateway over a real RabbitMQ:
/// report → file → dispatch to sanitation → task → complete → the case's sanitation part is handled.
/// </summary>
public class SliceTests(DistributedSystem system)
{
    [Fact]
    public async Task A_case_dispatched_to_sanitation_becomes_a_task_whose_completion_returns_to_the_case_for_recheck()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-slice", Roles.GridOfficer);
        var staff = system.ClientFor("crew-slice", Roles.SanitationStaff);

        var caseId = (await officer.ReportAsync("E0102")).GetProperty("id").GetString()!;
        var dispatched = await system.FileAndDispatchAsync(caseId);
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal("E0102", task.GetProperty("categoryCode").GetString());
        Assert.Equal("解放区 民主路 12号", task.GetProperty("address").GetString());
        Assert.Equal(
            dispatched.GetProperty("assignments")[0].GetProperty("dueAt").GetDateTimeOffset(),
            task.GetProperty("dueAt").GetDateTimeOffset());

        var completion = await staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.GetProperty("id").GetString()}/complete",
            new { result = "已清运，路面已冲洗", photoRefs = new[] { "after.jpg" } });
        Assert.True(completion.IsSuccessStatusCode);

        var handled = await Eventually.ReturnsAsync(
            async () => await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).JsonAsync(),
            c => c.GetProperty("status").GetString() == "Handled");
        Assert.Equal("已清运，路面已冲洗", handled.GetProperty("handling").GetProperty("result").GetString());
        Assert.Equal("crew-slice", handled.GetProperty("handling").GetProperty("handledBy").GetString());
        Assert.Equal("Handled", handled.GetProperty("assignments")[0].GetProperty("status").GetString());
        Assert.Equal(["report", "file", "dispatch", "handle"], handled.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task An_overflow_case_becomes_a_collection_task_and_its_completion_carries_the_case_through_recheck_to_closing()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-overflow", Roles.GridOfficer);
        var staff = system.ClientFor("crew-overflow", Roles.SanitationStaff);
        var operatorClient = system.ClientFor("operator-1", Roles.Operator);
        var lead = system.ClientFor("lead-1", Roles.ShiftLead);

        // 垃圾满溢: a bin overflowing in the street, reported, filed and dispatched to sanitation.
        var caseId = (await officer.ReportAsync("E0105")).GetProperty("id").GetString()!;
        await system.FileAndDispatchAsync(caseId);
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        Assert.Equal(("Collection", "Case"), (task.GetProperty("kind").GetString(), task.GetProperty("source").GetString()));

        var completion = await staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.GetProperty("id").GetString()}/complete",
            new { result = "满溢垃圾已清运，桶周边已清扫", photoRefs = new[] { "bin-after.jpg" } });
        Assert.True(completion.IsSuccessStatusCode, await completion.Content.ReadAsStringAsync());
        var handled = await Eventually.ReturnsAsync(
            async () => await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).JsonAsync(),
            c => c.GetProperty("status").GetString() == "Handled");
        Assert.Equal(["bin-after.jpg"], handled.GetProperty("handling").GetProperty("photoRefs").EnumerateArray().Select(p => p.GetString()));

        // Back in the supervision centre: the reporting officer re-checks on site (核查), the shift lead closes (结案).
        await (await operatorClient.PostAsJsonAsync($"/api/inspection/cases/{caseId}/recheck-request", new { officerId = "officer-overflow" })).JsonAsync();
        await (await officer.PostAsJsonAsync($"/api/inspection/cases/{caseId}/recheck", new { passed = true, photoRefs = new[] { "recheck.jpg" } })).JsonAsync();
        var closed = await (await lead.PostAsJsonAsync($"/api/inspection/cases/{caseId}/close", new { })).JsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reported_case_and_a_case_dispatched_to_another_department_create_no_sanitation_task()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-gas", Roles.GridOfficer);
        var staff = system.ClientFor("crew-gas", Roles.SanitationStaff);

        var reported = (await officer.ReportAsync("E0105")).GetProperty("id").GetString()!;
        var gasLeak = (await officer.ReportAsync("E0403")).GetProperty("id").GetString()!;
        await system.FileAndDispatchAsync(gasLeak, "gas");
        // A sanitation case dispatched right after travels the same queue; once its task exists the
        // gas case's dispatch has been consumed too.
        var garbage = (await officer.ReportAsync("E0105")).GetProperty("id").GetString()!;
        await system.FileAndDispatchAsync(garbage);
        await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(garbage), t => t is not null);

        Assert.Null(await staff.TaskForCaseAsync(gasLeak));
        Assert.Null(await staff.TaskForCaseAsync(reported));
    }

    [Fact]
    public async Task One_trace_follows_a_dispatch_from_the_gateway_through_the_outbox_across_RabbitMQ_to_the_consumers()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-trace", Roles.GridOfficer);
        var staff = system.ClientFor("crew-trace", Roles.SanitationStaff);
        var caseId = (await officer.ReportAsync("E0104")).GetProperty("id").GetString()!;
        using var source = new ActivitySource("DigitalCity.Tests");
        ActivityTraceId traceId;
        using (var root = source.StartActivity("command centre files and dispatches a case", ActivityKind.Client)!)
        {
            traceId = root.TraceId;
            await system.FileAndDispatchAsync(caseId);
        }

        await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null);
        var spans = await Eventually.ReturnsAsync(
            () => Task.FromResult(system.Spans.InTrace(traceId)),
            s => s.Any(span => IsConsumeOf(span, "sanitation-case-dispatched")));

        Assert.True(spans.Count(s => s.Kind == ActivityKind.Server) >= 2, "the gateway and the inspection service both served the requests");
        Assert.Contains(spans, s => s.Source.Name == "DigitalCity.Outbox");
        Assert.Contains(spans, span => IsConsumeOf(span, "sanitation-case-dispatched"));
    }

    static bool IsConsumeOf(Activity span, string queue) =>
        span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer && span.DisplayName.Contains(queue, StringComparison.Ordinal);

    [Fact]
    public async Task Logs_never_contain_the_signing_key_tokens_or_the_broker_password()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-logs", Roles.GridOfficer);
        var token = officer.DefaultRequestHeaders.Authorization!.Parameter!;
        await officer.ReportAsync("E0102");
        await officer.GetAsync("/api/inspection/cases/not-a-guid");

        var logs = system.Logs.Lines;

        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, l => l.Contains(DistributedSystem.SigningKey, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains(token, StringComparison.Ordinal));
        if (system.Broker.Password.Length >= 8)
        {
            Assert.DoesNotContain(logs, l => l.Contains(system.Broker.Password, StringComparison.Ordinal));
        }
    }
}
