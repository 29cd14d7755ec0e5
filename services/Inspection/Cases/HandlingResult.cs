namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 处理反馈 — the result of a department's task (today: a sanitation task), kept so that a redelivered
/// completion of the same task is recognised and changes nothing.
/// </summary>
public sealed record HandlingResult(Guid TaskId, string Department, string Result, IReadOnlyList<string> PhotoRefs, string HandledBy, DateTimeOffset HandledAt);
