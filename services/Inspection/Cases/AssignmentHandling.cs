namespace DigitalCity.Inspection.Cases;

/// <summary>处理反馈 — what a department reported when it finished its part: who, the result, the photos.</summary>
public sealed record AssignmentHandling(string HandledBy, string Result, IReadOnlyList<string> PhotoRefs, DateTimeOffset HandledAt);
