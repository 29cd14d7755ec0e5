namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 待审批申请 — the one request a case may have waiting for a decision. <see cref="DepartmentCode"/> is the
/// asking department (null for a void request); <see cref="RequestedDueAt"/> is set for an extension.
/// </summary>
public sealed record PendingRequest(
    RequestKind Kind,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string Reason,
    string? DepartmentCode,
    DateTimeOffset? RequestedDueAt,
    string? ExtraTime = null);
