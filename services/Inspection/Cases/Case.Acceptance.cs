using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 不予受理 — an operator rejects the report (not a city-management issue, duplicate, unverifiable):
    /// Reported → Rejected, which is final and not counted as filed.
    /// </summary>
    public void Reject(string operatorId, string reason, TimeProvider time)
    {
        RequireStatus("reject the case", CaseStatus.Reported);
        var now = time.GetUtcNow();
        Status = CaseStatus.Rejected;
        Append(now, operatorId, CaseActions.Reject, reason);
        Raise(new CaseRejected(Guid.NewGuid(), now, Id, Number, operatorId, reason));
    }

    /// <summary>
    /// 立案 — a shift lead files the case with its urgency: Reported → Filed, awaiting dispatch. With
    /// <paramref name="limits"/> the dispatch is due under the file+dispatch limit of that urgency, counted
    /// from when the case became ready for acceptance (reported, or its verification answered).
    /// </summary>
    public void File(string shiftLeadId, Urgency urgency, TimeProvider time, StepLimits? limits = null)
    {
        RequireStatus("file the case", CaseStatus.Reported);
        var now = time.GetUtcNow();
        Urgency = urgency;
        FiledAt = now;
        DispatchDeadline = limits?.Start(limits.FileAndDispatch(urgency == Urgency.Urgent), Verification?.AnsweredAt ?? ReportedAt);
        Status = CaseStatus.Filed;
        Append(now, shiftLeadId, CaseActions.File, urgency.ToString());
        Raise(new CaseFiled(Guid.NewGuid(), now, Id, Number, shiftLeadId, CategoryCode, urgency == Urgency.Urgent));
    }
}
