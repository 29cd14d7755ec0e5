namespace DigitalCity.Benchmarks;

/// <summary>A way of moving N events from a publisher to a consumer, measured end to end.</summary>
interface IScenario
{
    string Name { get; }

    Task<RoundResult> RunRoundAsync(int round, int events, CancellationToken cancellationToken);
}
