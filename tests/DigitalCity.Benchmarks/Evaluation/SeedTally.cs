using System.Collections.Concurrent;

namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>
/// Counts kept by the seeder from what it did, not from the facts: reports and filings per district and
/// month of the report, dispatches per department and month of the dispatch (months in city time).
/// The benchmark compares the API's counters with them; they share no code with <c>FactProjector</c>.
/// </summary>
sealed class SeedTally
{
    readonly ConcurrentDictionary<(string Code, int Month), long> _reports = new();
    readonly ConcurrentDictionary<(string Code, int Month), long> _filed = new();
    readonly ConcurrentDictionary<(string Code, int Month), long> _dispatches = new();

    /// <summary>How many cases took each path.</summary>
    public ConcurrentDictionary<string, long> Paths { get; } = new(StringComparer.Ordinal);

    public void Reported(string? district, int month) => Add(_reports, district, month);

    public void Filed(string? district, int month) => Add(_filed, district, month);

    public void Dispatched(string department, int month) => Add(_dispatches, department, month);

    public long ReportsOf(string district, int month) => _reports.GetValueOrDefault((district, month));

    public long FiledOf(string district, int month) => _filed.GetValueOrDefault((district, month));

    public long DispatchesOf(string department, int month) => _dispatches.GetValueOrDefault((department, month));

    public IEnumerable<string> Departments => _dispatches.Keys.Select(k => k.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    static void Add(ConcurrentDictionary<(string, int), long> counts, string? code, int month)
    {
        if (code is not null)
        {
            counts.AddOrUpdate((code, month), 1, (_, n) => n + 1);
        }
    }
}
