using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Tests.Integration;

/// <summary>The first vertical slice, driven through the gateway over a real RabbitMQ.</summary>
public class SliceTests(DistributedSystem system)
{
    [Fact]
    public async Task A_report_becomes_a_sanitation_task_whose_completion_returns_to_the_case_for_recheck()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-slice", Roles.GridOfficer);
        var staff = system.ClientFor("crew-slice", Roles.SanitationStaff);

        var reported = await officer.ReportAsync("E0102");
        var caseId = reported.GetProperty("id").GetString()!;
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        Assert.Equal("Open", task.GetProperty("status").GetString());

        var completion = await staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.GetProperty("id").GetString()}/complete",
            new { result = "已清运，路面已冲洗", photoRefs = new[] { "after.jpg" } });
        Assert.True(completion.IsSuccessStatusCode);

        var handled = await Eventually.ReturnsAsync(
            async () => await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).JsonAsync(),
            c => c.GetProperty("status").GetString() == "Handled");
        Assert.Equal("已清运，路面已冲洗", handled.GetProperty("handling").GetProperty("result").GetString());
        Assert.Equal("crew-slice", handled.GetProperty("handling").GetProperty("handledBy").GetString());
        Assert.Equal(["report", "handle"], handled.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_case_of_another_department_creates_no_sanitation_task()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-gas", Roles.GridOfficer);
        var staff = system.ClientFor("crew-gas", Roles.SanitationStaff);

        var gasLeak = await officer.ReportAsync("E0403");
        // A sanitation case reported right after travels the same queue; once its task exists the
        // gas case has been consumed too.
        var garbage = await officer.ReportAsync("E0105");
        await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(garbage.GetProperty("id").GetString()!), t => t is not null);

        Assert.Null(await staff.TaskForCaseAsync(gasLeak.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task One_trace_follows_a_report_from_the_gateway_through_the_outbox_across_RabbitMQ_to_the_consumers()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-trace", Roles.GridOfficer);
        var staff = system.ClientFor("crew-trace", Roles.SanitationStaff);
        using var source = new ActivitySource("DigitalCity.Tests");
        ActivityTraceId traceId;
        string caseId;
        using (var root = source.StartActivity("field app reports a case", ActivityKind.Client)!)
        {
            traceId = root.TraceId;
            caseId = (await officer.ReportAsync("E0104")).GetProperty("id").GetString()!;
        }

        await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null);
        var spans = await Eventually.ReturnsAsync(
            () => Task.FromResult(system.Spans.InTrace(traceId)),
            s => s.Any(span => IsConsumeOf(span, "sanitation-case-reported")));

        Assert.True(spans.Count(s => s.Kind == ActivityKind.Server) >= 2, "the gateway and the inspection service both served the request");
        Assert.Contains(spans, s => s.Source.Name == "DigitalCity.Outbox");
        Assert.Contains(spans, span => IsConsumeOf(span, "sanitation-case-reported"));
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
