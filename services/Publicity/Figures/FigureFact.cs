namespace DigitalCity.Publicity.Figures;

/// <summary>
/// One counted fact for the bulletins (通报), keyed by the event it came from, so a redelivered event
/// is the same fact and is never counted twice.
/// </summary>
public sealed record FigureFact(Guid EventId, DateOnly Day, string Metric);

/// <summary>The figures a bulletin is written from.</summary>
public static class Metrics
{
    public const string CasesReported = "casesReported";
    public const string CasesHandled = "casesHandled";
    public const string SanitationTasksCompleted = "sanitationTasksCompleted";

    public static IReadOnlyList<string> All { get; } = [CasesReported, CasesHandled, SanitationTasksCompleted];
}
