using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Tests.Faults.Hosting;
using DigitalCity.Tests.Faults.Load;

namespace DigitalCity.Tests.Faults.Faults;

/// <summary>
/// Times how long the system takes to work again after a fault ends: a canary case (a sanitation category) goes
/// through the gateway, and the clock stops when the sanitation service has opened its task — the event went
/// through the outbox, the broker and the consumer.
/// </summary>
public sealed class RecoveryProbe(FaultSystem system, CaseJourney journey, string run) : IDisposable
{
    static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    readonly HttpClient _sanitation = system.ClientFor("probe", DigitalCity.ServiceDefaults.Security.Roles.Operator, system.Sanitation);
    readonly List<AcknowledgedCase> _canaries = [];

    public IReadOnlyList<AcknowledgedCase> Canaries => _canaries;

    /// <param name="faultEnded">Started when the fault ended (the broker answers again, the host is live, the alarm is cleared).</param>
    public async Task<TimeSpan> MeasureAsync(Stopwatch faultEnded, CancellationToken cancellationToken)
    {
        var canary = await journey.RunAsync(CasePlan.Canary(run, _canaries.Count + 1), cancellationToken);
        _canaries.Add(canary);
        await Eventually.ReturnsAsync(() => TasksOfAsync(canary.CaseId, cancellationToken), n => n > 0, GiveUpAfter);
        return faultEnded.Elapsed;
    }

    public void Dispose() => _sanitation.Dispose();

    async Task<int> TasksOfAsync(Guid caseId, CancellationToken cancellationToken)
    {
        try
        {
            var page = await _sanitation.GetFromJsonAsync<JsonElement>($"/api/sanitation/tasks?caseId={caseId}", cancellationToken);
            return page.GetProperty("total").GetInt32();
        }
        catch (HttpRequestException)
        {
            return 0; // the sanitation host is still starting
        }
    }
}
