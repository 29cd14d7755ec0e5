namespace DigitalCity.Tests.Faults.Oracle;

/// <summary>
/// What the stores hold against what the API acknowledged. Every report answered 2xx must be one case, whole and
/// in the state its last acknowledged step left it (dispatched: no half-applied write survived a kill), every
/// such case of a sanitation category one task, every report one count in publicity's figures; and nothing may
/// be left in an error queue.
/// </summary>
public sealed record Verdict(
    int Acknowledged,
    int CasesMissing,
    int CasesUnacknowledged,
    int CasesInAnotherState,
    int TasksExpected,
    int TasksMissing,
    int TasksExtra,
    long ReportsCounted,
    long DeadLettered)
{
    public int Lost => CasesMissing + TasksMissing + (int)Math.Max(0, Acknowledged - ReportsCounted);

    public int Duplicated => CasesUnacknowledged + TasksExtra + (int)Math.Max(0, ReportsCounted - Acknowledged);

    public IEnumerable<string> Lines() =>
    [
        $"acknowledged reports: {Acknowledged}",
        $"cases missing: {CasesMissing}; cases the API never acknowledged: {CasesUnacknowledged}; not in the state acknowledged (Dispatched): {CasesInAnotherState}",
        $"sanitation tasks expected: {TasksExpected}; missing: {TasksMissing}; extra: {TasksExtra}",
        $"reports counted by publicity: {ReportsCounted}",
        $"messages left in error queues: {DeadLettered}",
        $"lost: {Lost}, duplicated: {Duplicated}",
    ];
}
