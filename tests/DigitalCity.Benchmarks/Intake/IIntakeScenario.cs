namespace DigitalCity.Benchmarks.Intake;

/// <summary>N operations of one kind against the running service, measured at fixed concurrency.</summary>
interface IIntakeScenario
{
    string Name { get; }

    /// <summary>Whether each operation stores a case and so publishes one <c>CaseReported</c>.</summary>
    bool ReportsCases { get; }

    /// <summary>Prepares a round's inputs (untimed) and returns operation <c>i</c> of it: null on success, or what went wrong.</summary>
    Func<int, CancellationToken, Task<string?>> Prepare(int round, int count);
}
