namespace DigitalCity.Benchmarks;

/// <summary>One timed round: events from the first publish until the consumer had them all.</summary>
/// <param name="Breakdown">Where the time went, when the scenario can tell.</param>
sealed record RoundResult(string Scenario, int Round, int Events, TimeSpan Elapsed, string? Breakdown = null)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}
