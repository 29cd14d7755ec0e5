using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Tests.Faults.Hosting;
using DigitalCity.Tests.Faults.Load;

namespace DigitalCity.Tests.Faults.Oracle;

/// <summary>
/// Reads the services' own APIs directly (not through the gateway, so its passive health cannot hide a service)
/// once the system is quiet, and compares what they hold with what the load was told.
/// </summary>
public sealed class DeliveryOracle(FaultSystem system, string officerId) : IDisposable
{
    static readonly TimeZoneInfo City = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    readonly HttpClient _inspection = system.ClientFor("oracle", DigitalCity.ServiceDefaults.Security.Roles.Operator, system.Inspection);
    readonly HttpClient _sanitation = system.ClientFor("oracle", DigitalCity.ServiceDefaults.Security.Roles.Operator, system.Sanitation);
    readonly HttpClient _publicity = system.ClientFor("oracle", DigitalCity.ServiceDefaults.Security.Roles.Operator, system.Publicity);

    /// <summary>
    /// Waits until every outbox is empty and no queue holds a message, except the error queues: after that,
    /// nothing more can change.
    /// </summary>
    public async Task WaitUntilQuietAsync(TimeSpan within, CancellationToken cancellationToken) =>
        await Eventually.ReturnsAsync(() => BusyAsync(cancellationToken), busy => busy == 0, within);

    public async Task<Verdict> JudgeAsync(IReadOnlyCollection<AcknowledgedCase> acknowledged, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var acknowledgedIds = acknowledged.Select(c => c.CaseId).ToHashSet();
        var cases = await PagedReader.ReadAllAsync(_inspection, $"/api/inspection/cases?reportedBy={officerId}", cancellationToken);
        var stored = cases.Select(c => c.GetProperty("id").GetGuid()).ToList();
        var storedIds = stored.ToHashSet();
        var notDispatched = cases.Count(c => acknowledgedIds.Contains(c.GetProperty("id").GetGuid()) && c.GetProperty("status").GetString() != "Dispatched");

        var tasksByCase = (await PagedReader.ReadAllAsync(_sanitation, "/api/sanitation/tasks?source=Case", cancellationToken))
            .GroupBy(t => t.GetProperty("caseId").GetGuid())
            .ToDictionary(g => g.Key, g => g.Count());
        var sanitationCases = acknowledged.Where(c => c.Plan.OpensSanitationTask).Select(c => c.CaseId).ToHashSet();

        long counted = 0;
        foreach (var day in CityDays(from, to))
        {
            var figures = await _publicity.GetFromJsonAsync<JsonElement>(
                $"/api/publicity/figures/daily?date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", cancellationToken);
            counted += figures.GetProperty("figures").GetProperty("casesReported").GetInt64();
        }

        var deadLettered = (await system.Broker.QueuesAsync()).Where(q => q.IsDeadLetter).Sum(q => q.Messages);
        return new Verdict(
            acknowledgedIds.Count,
            CasesMissing: acknowledgedIds.Count(id => !storedIds.Contains(id)),
            CasesUnacknowledged: stored.Count(id => !acknowledgedIds.Contains(id)) + (stored.Count - storedIds.Count),
            CasesInAnotherState: notDispatched,
            TasksExpected: sanitationCases.Count,
            TasksMissing: sanitationCases.Count(id => !tasksByCase.ContainsKey(id)),
            TasksExtra: tasksByCase.Sum(t => sanitationCases.Contains(t.Key) ? t.Value - 1 : t.Value),
            ReportsCounted: counted,
            DeadLettered: deadLettered);
    }

    public void Dispose()
    {
        _inspection.Dispose();
        _sanitation.Dispose();
        _publicity.Dispose();
    }

    /// <summary>Events not yet published plus messages not yet consumed, over the whole system.</summary>
    async Task<long> BusyAsync(CancellationToken cancellationToken)
    {
        long busy = 0;
        foreach (var service in system.Services)
        {
            busy += await OutboxBacklog.PendingAsync(service, cancellationToken);
        }

        return busy + (await system.Broker.QueuesAsync()).Where(q => !q.IsDeadLetter).Sum(q => q.Messages);
    }

    static IEnumerable<DateOnly> CityDays(DateTimeOffset from, DateTimeOffset to)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, City).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, City).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
