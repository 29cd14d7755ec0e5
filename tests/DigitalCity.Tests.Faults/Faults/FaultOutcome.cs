namespace DigitalCity.Tests.Faults.Faults;

/// <summary>
/// One fault as it happened: how many cases the API acknowledged while it lasted (it was to last for at least
/// <paramref name="CasesRequired"/>), the answers requests got in that time, and how long after it ended the
/// system worked again.
/// </summary>
public sealed record FaultOutcome(string Name, int CasesRequired, int AcknowledgedDuring, IReadOnlyDictionary<int, int> Statuses, TimeSpan Recovery)
{
    public string Line() =>
        $"{Name}: {AcknowledgedDuring} cases acknowledged while it lasted; answers {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "none" : s.Key)}×{s.Value}"))}; " +
        $"a new case reached its sanitation task {Recovery.TotalSeconds:0.0} s after it ended";
}
