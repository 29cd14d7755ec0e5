namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 处理反馈 — what a department reported when it finished its part: who, the result, the photos, and
/// whether it came by the assignment's deadline (extensions added, suspensions cut out).
/// </summary>
public sealed record AssignmentHandling(string HandledBy, string Result, IReadOnlyList<string> PhotoRefs, DateTimeOffset HandledAt, bool OnTime = true);
