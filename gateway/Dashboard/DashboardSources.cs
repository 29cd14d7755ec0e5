namespace DigitalCity.Gateway.Dashboard;

/// <summary>
/// What the dashboard asks of each service for a city day: open cases by state with the yellow (warned) and red
/// (overdue) counts, the day's tonnage by waste type, the day's figures (groups, inspections, hazards found and
/// fixed, cases closed, tonnes), and the contests with their periods.
/// </summary>
public static class DashboardSources
{
    public sealed record Source(string Name, string Cluster, Func<DateOnly, string> Path);

    public static IReadOnlyList<Source> All { get; } =
    [
        new("cases", "inspection", _ => "/api/inspection/cases/counts"),
        new("tonnage", "sanitation", day => $"/api/sanitation/tonnage?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&by=wasteType"),
        new("figures", "publicity", day => $"/api/publicity/figures/daily?date={day:yyyy-MM-dd}"),
        new("contests", "publicity", _ => "/api/publicity/contests?pageSize=20"),
    ];
}
